using System.Collections.Concurrent;
using System.Globalization;
using DuckDB.NET.Data;
using Pendulum.Events;
using Pendulum.Store;

namespace Pendulum.DuckDB;

/// <summary>
/// One file's ingest, in one DuckDB transaction. Events go through DuckDB's appender straight into <c>events</c>, after
/// the rows the store held (row ids from <c>_start</c> on, the transaction's own); <see cref="Commit"/> then removes
/// duplicates set-wise: the new rows whose key the store held already (one semi-join) and every copy after the file's
/// first of a key the file repeats, in one <c>DELETE</c>. The file's volumes and record follow, and the transaction
/// commits. Disposing without committing rolls all of it back. Appending in place writes each event once; moving the
/// events from a temporary table, as this writer did first, wrote them twice and cost about three times as much.
/// </summary>
internal sealed class DuckDbEventWriter : IEventWriter, IPeriodCountSink
{
    /// <summary>One writer per file at a time within a process: without a key index, two at once could store a key twice.</summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Writers = new(StringComparer.Ordinal);

    private readonly DuckDbEventStore _store;
    private readonly SemaphoreSlim _turn;
    private readonly DuckDBTransaction _transaction;
    private readonly long _start;
    private DuckDBAppender? _appender;
    private long _appended;
    private long _periodCountsInserted;
    private bool _done;

    public DuckDbEventWriter(DuckDbEventStore store)
    {
        _store = store;
        _turn = Writers.GetOrAdd(store.Path, _ => new SemaphoreSlim(1, 1));
        _turn.Wait();
        try
        {
            _transaction = store.Connection.BeginTransaction();
            // Rows the transaction appends get row ids above every stored row's (DuckDB numbers them apart until commit).
            _start = Convert.ToInt64(store.Scalar("SELECT coalesce(max(rowid) + 1, 0) FROM events"), CultureInfo.InvariantCulture);
            store.Execute("CREATE OR REPLACE TEMP TABLE volumes_incoming (country VARCHAR NOT NULL, date DATE NOT NULL, events BIGINT NOT NULL, ordinal BIGINT NOT NULL)");
        }
        catch
        {
            _turn.Release();
            throw;
        }
    }

    /// <summary>Appends the events; returns 0, as the store counts new events only at <see cref="Commit"/>.</summary>
    public int Add(IReadOnlyList<CodedEvent> events)
    {
        _appender ??= _store.Connection.CreateAppender("events");
        foreach (var e in events)
        {
            var row = _appender.CreateRow();
            EventColumns.Write(e, new Row(row));
            row.EndRow();
        }

        _appended += events.Count;
        return 0;
    }

    /// <summary>Adds period counts inside the file's transaction (<see cref="DuckDbEventStore.InsertPeriodCounts"/>).</summary>
    public long AddPeriodCounts(IReadOnlyList<Events.Aggregates.PeriodCount> counts)
    {
        var inserted = _store.InsertPeriodCounts(counts);
        _periodCountsInserted += inserted;
        return inserted;
    }

    /// <summary>Hands an event's columns to the appender's row, in column order.</summary>
    private readonly struct Row(IDuckDBAppenderRow row) : IEventColumnSink
    {
        public void Text(int column, string value) => row.AppendValue(value);

        public void Integer(int column, int value) => row.AppendValue((int?)value);

        public void Real(int column, double value) => row.AppendValue((double?)value);

        public void Date(int column, DateOnly value) => row.AppendValue((DateOnly?)value);

        public void Null(int column) => row.AppendNullValue();
    }

    public IngestedFile Commit(IngestedFile file, IReadOnlyCollection<CountryDayVolume> volumes)
    {
        _appender?.Close();
        _appender?.Dispose();
        _appender = null;
        // The file's rows to drop: those whose key the store held (a semi-join whose hash table is the file's keys,
        // probed by a scan of the store's two key columns), and each copy of a key after the file's first, as the SQL
        // stores' ON CONFLICT DO NOTHING keeps the first.
        var dropped = _appended == 0 ? 0 : _store.Execute($"""
            DELETE FROM events WHERE rowid >= {_start} AND rowid IN (
              SELECT n.rowid FROM events AS n
              SEMI JOIN (SELECT o.dataset, o.event_id FROM events AS o
                         SEMI JOIN (SELECT DISTINCT dataset, event_id FROM events WHERE rowid >= {_start}) AS f USING (dataset, event_id)
                         WHERE o.rowid < {_start}) AS k USING (dataset, event_id)
              WHERE n.rowid >= {_start}
              UNION ALL
              SELECT rowid FROM events WHERE rowid >= {_start}
              QUALIFY row_number() OVER (PARTITION BY dataset, event_id ORDER BY rowid) > 1)
            """);
        var inserted = _appended - dropped;
        RecordVolumes(file.ContentHash, volumes);
        var recorded = file with { RowsInserted = inserted + _periodCountsInserted };
        RecordFile(recorded);
        _store.Execute("DROP TABLE IF EXISTS volumes_incoming");
        _transaction.Commit();
        _done = true;
        return recorded;
    }

    /// <summary>
    /// Adds the content's (country, day) entries that <c>file_volumes</c> does not hold yet (the list's first entry for
    /// a key when it repeats one), so that re-ingesting the content, with any filter, never counts its rows twice.
    /// </summary>
    private void RecordVolumes(string contentHash, IReadOnlyCollection<CountryDayVolume> volumes)
    {
        if (volumes.Count == 0)
            return;
        using (var appender = _store.Connection.CreateAppender("temp", "main", "volumes_incoming"))
        {
            var ordinal = 0L;
            foreach (var v in volumes)
                appender.CreateRow().AppendValue(v.Country).AppendValue((DateOnly?)v.Date).AppendValue((long?)v.Events).AppendValue((long?)ordinal++).EndRow();
        }

        using var command = _store.Connection.CreateCommand();
        command.CommandText = """
            INSERT INTO file_volumes (content_hash, country, date, events)
            SELECT $hash, country, date, events FROM volumes_incoming AS v
            WHERE NOT EXISTS (SELECT 1 FROM file_volumes AS f WHERE f.content_hash = $hash AND f.country = v.country AND f.date = v.date)
            QUALIFY row_number() OVER (PARTITION BY country, date ORDER BY ordinal) = 1
            """;
        DuckDbEventStore.Add(command, "hash", contentHash);
        command.ExecuteNonQuery();
    }

    /// <summary>Records the file, replacing the record of the same path and content (which keeps its place in the list).</summary>
    private void RecordFile(IngestedFile file)
    {
        var names = FileColumns.Names;
        var updates = string.Join(", ", names.Where(n => n is not ("path" or "content_hash")).Select(n => $"{n} = excluded.{n}"));
        using var command = _store.Connection.CreateCommand();
        command.CommandText = $"INSERT INTO files ({FileColumns.List}) VALUES ({string.Join(", ", names.Select(n => "$" + n))}) "
            + $"ON CONFLICT (path, content_hash) DO UPDATE SET {updates}";
        var values = FileColumns.Values(file);
        for (var i = 0; i < names.Length; i++)
            DuckDbEventStore.Add(command, names[i], values[i]);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try
        {
            _appender?.Dispose();
            if (!_done)
                _transaction.Rollback();
            _transaction.Dispose();
        }
        finally
        {
            _turn.Release();
        }
    }
}
