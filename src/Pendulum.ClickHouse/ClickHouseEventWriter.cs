using Pendulum.Events;
using Pendulum.Events.Aggregates;
using Pendulum.Store;

namespace Pendulum.ClickHouse;

/// <summary>
/// One file's ingest. Batches are appended to a staging table of the file's own on the first node, nothing else;
/// <see cref="Commit"/> then does the file's whole duplicate check at once: when none of the staged keys is stored and
/// none repeats, the staged events move into the Distributed table in one insert; otherwise one copy of each new key is
/// set aside in a second table, counted and moved. The file's volumes and record are then written to the first node
/// and the tables dropped. Disposing without committing drops them too, so a bad row late in a file leaves nothing
/// behind. Period counts take the same way through staging tables of their own, into <c>period_counts</c>.
/// </summary>
internal sealed class ClickHouseEventWriter : IEventWriter, IPeriodCountSink
{
    /// <summary>Staged rows go to the server in chunks of about this many bytes: few, large parts, bounded memory.</summary>
    private const long ChunkBytes = 16 << 20;

    /// <summary>A staging table older than this is taken for the leftover of a crashed ingest and dropped.</summary>
    private static readonly TimeSpan StaleStaging = TimeSpan.FromDays(1);

    private static readonly string[] StagedColumns = [.. EventColumns.Names, "ordinal"];
    private static readonly bool[] StagedNullable = [.. ClickHouseSchema.EventNullable, false];

    private static readonly string[] VolumeColumns = ["content_hash", "country", "date", "events"];
    private static readonly bool[] VolumeNullable = new bool[VolumeColumns.Length];

    private static readonly string[] StagedCountColumns = [.. PeriodCountRows.Columns.Select(c => c.Name), "ordinal"];
    private static readonly bool[] StagedCountNullable = [.. ClickHouseSchema.PeriodCountNullable, false];

    private readonly ClickHouseEventStore _store;
    private readonly string _staging;
    private readonly string _fresh;
    private readonly RowBinaryWriter _rows;
    private readonly string _countStaging;
    private readonly string _countFresh;
    private ulong _ordinal;
    private bool _countsStaged;
    private long _countsNew;
    private bool _dropped;

    public ClickHouseEventWriter(ClickHouseEventStore store)
    {
        _store = store;
        _rows = new RowBinaryWriter(store.Date32);
        DropStaleStaging();
        // A unique name, not a seeded one: two ingests at once must never share a table.
        var name = $"{ClickHouseSchema.StagingPrefix}{Guid.NewGuid():N}";
        store.First.Execute(ClickHouseSchema.CreateStaging(store.Database, name, store.Date32));
        _staging = $"{store.Database}.{name}";
        _fresh = $"{_staging}_new";
        _countStaging = $"{_staging}_counts";
        _countFresh = $"{_staging}_counts_new";
    }

    private string Events => $"{_store.Database}.{ClickHouseSchema.Events}";

    /// <summary>
    /// The staged period counts that the store does not hold yet, one per key (FINAL keeps the file's first): the
    /// staged keys travel to every shard, as events' do.
    /// </summary>
    private string NewCounts => $"""
        SELECT {PeriodCountRows.List} FROM {_countStaging} FINAL
        WHERE ({PeriodCountRows.Key}) NOT IN (
          SELECT {PeriodCountRows.Key} FROM {_store.Database}.{ClickHouseSchema.PeriodCounts}
          WHERE ({PeriodCountRows.Key}) GLOBAL IN (SELECT {PeriodCountRows.Key} FROM {_countStaging}))
        """;

    /// <summary>
    /// Stages the counts on the first node and returns how many of them are new (not stored, and not staged before by
    /// this writer); they become visible at <see cref="Commit"/>, with the file's record.
    /// </summary>
    public long AddPeriodCounts(IReadOnlyList<PeriodCount> counts)
    {
        if (counts.Count == 0)
            return 0;
        var first = _store.First;
        if (!_countsStaged)
        {
            first.Execute(ClickHouseSchema.CreatePeriodCountStaging(_store.Database, _countStaging[(_store.Database.Length + 1)..], _store.Date32));
            _countsStaged = true;
        }

        var rows = new RowBinaryWriter(_store.Date32);
        foreach (var count in counts)
        {
            object[] values = [.. PeriodCountRows.Values(count, d => d), ulong.MaxValue - _ordinal++];
            rows.WriteRow(values, StagedCountNullable);
            if (rows.Length >= ChunkBytes)
            {
                first.Insert(_countStaging, StagedCountColumns, rows.Bytes);
                rows.Clear();
            }
        }

        if (rows.Rows > 0)
            first.Insert(_countStaging, StagedCountColumns, rows.Bytes);
        var total = first.Scalar($"SELECT count() FROM ({NewCounts})");
        var added = total - _countsNew;
        _countsNew = total;
        return added;
    }

    /// <summary>Sets the new staged counts aside, counts them and moves them into <c>period_counts</c>; returns how many moved.</summary>
    private long MoveCounts()
    {
        if (!_countsStaged)
            return 0;
        var first = _store.First;
        var list = PeriodCountRows.List;
        first.Execute(ClickHouseSchema.CreatePeriodCountFresh(_store.Database, _countFresh[(_store.Database.Length + 1)..], _store.Date32));
        first.Execute($"INSERT INTO {_countFresh} ({list}) {NewCounts}");
        var moved = first.Scalar($"SELECT count() FROM {_countFresh}");
        if (moved > 0)
            first.Execute($"INSERT INTO {_store.Database}.{ClickHouseSchema.PeriodCounts} ({list}) SELECT {list} FROM {_countFresh}");
        return moved;
    }

    /// <summary>Stages the events; returns 0, as the store counts new events only at <see cref="Commit"/>.</summary>
    public int Add(IReadOnlyList<CodedEvent> events)
    {
        foreach (var e in events)
        {
            object[] values = [.. EventColumns.Values(e), ulong.MaxValue - _ordinal++];
            _rows.WriteRow(values, StagedNullable);
        }

        if (_rows.Length >= ChunkBytes)
            Send();
        return 0;
    }

    private void Send()
    {
        if (_rows.Rows == 0)
            return;
        _store.First.Insert(_staging, StagedColumns, _rows.Bytes);
        _rows.Clear();
    }

    public IngestedFile Commit(IngestedFile file, IReadOnlyCollection<CountryDayVolume> volumes)
    {
        Send();
        var first = _store.First;
        // The staged keys travel to every shard (GLOBAL IN), which looks them up in its primary key.
        var stagedKeys = $"(dataset, event_id) GLOBAL IN (SELECT dataset, event_id FROM {_staging})";
        var known = first.Scalar($"SELECT count() FROM {Events} WHERE {stagedKeys}");
        var (staged, distinct) = first.Pair($"SELECT count(), uniqExact(dataset, event_id) FROM {_staging}");
        long inserted;
        if (staged == 0)
        {
            // Nothing staged (a table of period counts): no insert to send to the shards.
            inserted = 0;
        }
        else if (known == 0 && staged == distinct)
        {
            // The usual case, new data: every staged event goes in as it is.
            // One insert through the Distributed table; insert_distributed_sync makes it return once every shard has its rows.
            first.Execute($"INSERT INTO {Events} ({EventColumns.List}) SELECT {EventColumns.List} FROM {_staging}");
            inserted = staged;
        }
        else
        {
            // Some events are stored already, or the file repeats some: set aside one copy of each new key (FINAL keeps
            // the file's first), count them, move them.
            first.Execute(ClickHouseSchema.CreateFresh(_store.Database, _fresh[(_store.Database.Length + 1)..], _store.Date32));
            first.Execute($"""
                INSERT INTO {_fresh} ({EventColumns.List})
                SELECT {EventColumns.List} FROM {_staging} FINAL
                WHERE (dataset, event_id) NOT IN (SELECT dataset, event_id FROM {Events} WHERE {stagedKeys})
                """);
            inserted = first.Scalar($"SELECT count() FROM {_fresh}");
            if (inserted > 0)
                first.Execute($"INSERT INTO {Events} ({EventColumns.List}) SELECT {EventColumns.List} FROM {_fresh}");
        }

        inserted += MoveCounts();
        var recorded = file with { RowsInserted = inserted };
        // After the events and before the record: if the commit fails in between, ingesting the file again adds the
        // volumes still missing, and only those.
        RecordVolumes(file.ContentHash, volumes);
        RecordFile(recorded);
        Drop();
        return recorded;
    }

    /// <summary>
    /// Adds the content's (country, day) entries that <c>file_volumes</c> does not hold yet, so that re-ingesting the
    /// content, with this actor filter or another, never counts its rows twice. The entries kept for one content are
    /// found through the table's sorting key, whose first column is the content hash.
    /// </summary>
    private void RecordVolumes(string contentHash, IReadOnlyCollection<CountryDayVolume> volumes)
    {
        if (volumes.Count == 0)
            return;
        var table = $"{_store.Database}.{ClickHouseSchema.FileVolumes}";
        var first = _store.First;
        var kept = new HashSet<(string Country, DateOnly Date)>();
        using (var rows = first.Query($"SELECT country, date FROM {table} WHERE content_hash = {ClickHouseSql.String(contentHash)}"))
        {
            while (rows.Read() is { } row)
                kept.Add((row[0]!, DateOnly.ParseExact(row[1]!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        // kept.Add also leaves out a second entry for the same key in the list itself: the first one counts, as with
        // the SQL stores' ON CONFLICT DO NOTHING.
        var writer = new RowBinaryWriter(_store.Date32);
        foreach (var v in volumes)
        {
            if (kept.Add((v.Country, v.Date)))
                writer.WriteRow([contentHash, v.Country, v.Date, v.Events], VolumeNullable);
        }

        if (writer.Rows > 0)
            first.Insert(table, VolumeColumns, writer.Bytes);
    }

    /// <summary>Replaces the record of the same path and content, keeping its place in the list (its <c>seq</c>).</summary>
    private void RecordFile(IngestedFile file)
    {
        var files = $"{_store.Database}.{ClickHouseSchema.Files}";
        var first = _store.First;
        using var rows = first.Query($"""
            SELECT (SELECT max(seq) FROM {files}), (SELECT max(version) FROM {files}),
                   (SELECT min(seq) FROM {files} WHERE path = {ClickHouseSql.String(file.Path)} AND content_hash = {ClickHouseSql.String(file.ContentHash)})
            """);
        var r = rows.Read()!;
        var (maxSeq, maxVersion, existing) = (Parse(r[0]), Parse(r[1]), Parse(r[2]));
        var values = new object[] { existing == 0 ? maxSeq + 1 : existing, maxVersion + 1 }.Concat(FileColumns.Values(file)).ToArray();
        var writer = new RowBinaryWriter();
        writer.WriteRow(values, new bool[values.Length]);
        first.Insert(files, new[] { "seq", "version" }.Concat(FileColumns.Names), writer.Bytes);
    }

    private static ulong Parse(string? text) => ulong.Parse(text!, System.Globalization.CultureInfo.InvariantCulture);

    private void DropStaleStaging()
    {
        var sql = $"""
            SELECT name FROM system.tables
            WHERE database = {ClickHouseSql.String(_store.Database)} AND substring(name, 1, {ClickHouseSchema.StagingPrefix.Length}) = {ClickHouseSql.String(ClickHouseSchema.StagingPrefix)}
              AND metadata_modification_time < now() - {(long)StaleStaging.TotalSeconds}
            """;
        var stale = new List<string>();
        using (var rows = _store.First.Query(sql))
        {
            while (rows.Read() is { } row)
                stale.Add(row[0]!);
        }

        foreach (var name in stale)
            _store.First.Execute($"DROP TABLE IF EXISTS {_store.Database}.{name}");
    }

    private void Drop()
    {
        if (_dropped)
            return;
        string[] tables = _countsStaged ? [_fresh, _staging, _countFresh, _countStaging] : [_fresh, _staging];
        foreach (var table in tables)
            _store.First.Execute($"DROP TABLE IF EXISTS {table}");
        _dropped = true;
    }

    public void Dispose()
    {
        try
        {
            Drop();
        }
        catch (InputOutputException)
        {
            // The node is gone (that is likely why the ingest failed); the next ingest drops the leftover once it is stale.
        }
    }
}
