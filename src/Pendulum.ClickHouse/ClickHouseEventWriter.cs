using System.Text;
using Pendulum.Events;
using Pendulum.Store;

namespace Pendulum.ClickHouse;

/// <summary>
/// One file's ingest: batches go into a staging table of their own on the first node, only events not stored yet
/// (nor staged earlier in the same file); <see cref="Commit"/> moves the staged events into the Distributed table in one
/// insert, records the file and drops the staging table. Disposing without committing drops it too, so a bad row
/// late in a file leaves nothing behind.
/// </summary>
internal sealed class ClickHouseEventWriter : IEventWriter
{
    /// <summary>A staging table older than this is taken for the leftover of a crashed ingest and dropped.</summary>
    private static readonly TimeSpan StaleStaging = TimeSpan.FromDays(1);

    private readonly ClickHouseEventStore _store;
    private readonly string _staging;
    private readonly RowBinaryWriter _rows = new();
    private bool _dropped;

    public ClickHouseEventWriter(ClickHouseEventStore store)
    {
        _store = store;
        DropStaleStaging();
        // A unique name, not a seeded one: two ingests at once must never share a table.
        var name = $"{ClickHouseSchema.StagingPrefix}{Guid.NewGuid():N}";
        store.First.Execute(ClickHouseSchema.CreateStaging(store.Database, name));
        _staging = $"{store.Database}.{name}";
    }

    private string Events => $"{_store.Database}.{ClickHouseSchema.Events}";

    public int Add(IReadOnlyList<CodedEvent> events)
    {
        // Within the batch the first copy of a key wins, as with the SQL stores' ON CONFLICT DO NOTHING.
        var seen = new HashSet<(string, string)>();
        var unique = events.Where(e => seen.Add((e.Dataset, e.EventId))).ToList();
        if (unique.Count == 0)
            return 0;
        var known = Known(unique);
        _rows.Clear();
        foreach (var e in unique)
        {
            if (!known.Contains((e.Dataset, e.EventId)))
                _rows.WriteRow(EventColumns.Values(e), ClickHouseSchema.EventNullable);
        }

        if (_rows.Rows > 0)
            _store.First.Insert(_staging, EventColumns.Names, _rows.Bytes);
        return _rows.Rows;
    }

    /// <summary>
    /// The keys of <paramref name="events"/> already in the store or in this file's staging table. Both lookups use
    /// the tables' primary key (dataset, event_id), so they read a few index granules per partition, not the table.
    /// </summary>
    private HashSet<(string, string)> Known(List<CodedEvent> events)
    {
        var filter = new StringBuilder();
        foreach (var group in events.GroupBy(e => e.Dataset, StringComparer.Ordinal))
        {
            filter.Append(filter.Length == 0 ? "" : " OR ")
                .Append("(dataset = ").Append(ClickHouseSql.String(group.Key))
                .Append(" AND event_id IN ").Append(ClickHouseSql.List(group.Select(e => e.EventId))).Append(')');
        }

        var sql = $"SELECT dataset, event_id FROM {Events} WHERE {filter} UNION ALL SELECT dataset, event_id FROM {_staging} WHERE {filter}";
        using var rows = _store.First.Query(sql);
        var known = new HashSet<(string, string)>();
        while (rows.Read() is { } row)
            known.Add((row[0]!, row[1]!));
        return known;
    }

    public void Commit(IngestedFile file)
    {
        // One insert through the Distributed table; insert_distributed_sync makes it return once every shard has its rows.
        _store.First.Execute($"INSERT INTO {Events} ({EventColumns.List}) SELECT {EventColumns.List} FROM {_staging}");
        RecordFile(file);
        Drop();
    }

    /// <summary>Replaces the record of the same path and content, keeping its place in the list (its <c>seq</c>).</summary>
    private void RecordFile(IngestedFile file)
    {
        var files = $"{_store.Database}.{ClickHouseSchema.Files}";
        var first = _store.First;
        using var rows = first.Query($"""
            SELECT (SELECT max(seq) FROM {files}), (SELECT max(version) FROM {files}),
                   (SELECT min(seq) FROM {files} WHERE path = {ClickHouseSql.String(file.Path)} AND sha256 = {ClickHouseSql.String(file.Sha256)})
            """);
        var r = rows.Read()!;
        var (maxSeq, maxVersion, existing) = (Parse(r[0]), Parse(r[1]), Parse(r[2]));
        var isNew = existing == 0;
        var values = new object[] { isNew ? maxSeq + 1 : existing, maxVersion + 1 }.Concat(FileColumns.Values(file)).ToArray();
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
        _store.First.Execute($"DROP TABLE IF EXISTS {_staging}");
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
