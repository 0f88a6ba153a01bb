using System.Data.Common;
using System.Text;
using Pendulum.Events;

namespace Pendulum.Store;

/// <summary>
/// What the SQLite and PostgreSQL stores share: schema shape, the file record, reads. Engines differ in column
/// types, date binding and bulk insert, which subclasses supply.
/// </summary>
public abstract partial class SqlEventStore : IEventStore, IPeriodCountStore
{
    /// <summary>Version of the schema this code writes for this engine; stored in the database and checked on open.</summary>
    private protected virtual int SchemaVersion => 1;

    /// <summary>The columns of the <c>events_dyad</c> index, through which every pair read goes.</summary>
    private protected virtual string DyadIndexColumns => "source_country, target_country, date";

    private protected SqlEventStore(DbConnection connection) => Connection = connection;

    public abstract string Description { get; }

    private protected DbConnection Connection { get; }

    /// <summary>This engine's SQL type for an engine-neutral type of <see cref="EventColumns.Columns"/> (<c>text</c>, <c>date</c>, <c>int</c>, <c>real</c>).</summary>
    private protected abstract string SqlType(string neutralType);

    /// <summary>Engine-specific options after <c>CREATE TABLE events (...)</c>.</summary>
    private protected virtual string EventTableOptions => "";

    /// <summary>The engine's type for the auto-numbered key of <c>files</c>.</summary>
    private protected abstract string FileKeyDefinition { get; }

    /// <summary>The value bound for a date parameter.</summary>
    private protected abstract object DateValue(DateOnly date);

    private protected abstract int ReadSchemaVersion();

    private protected abstract void WriteSchemaVersion(DbTransaction transaction);

    public abstract IEventWriter BeginWrite();

    /// <summary>
    /// Brings the schema from <paramref name="fromVersion"/> (0 for a store whose base tables were just created) to
    /// <see cref="SchemaVersion"/>, inside the transaction that then records the new version.
    /// </summary>
    private protected virtual void Upgrade(DbTransaction transaction, int fromVersion)
    {
    }

    /// <summary>Creates the tables on first use, upgrades an older schema, and refuses a database written by a newer Pendulum.</summary>
    private protected void EnsureSchema()
    {
        var version = ReadSchemaVersion();
        if (version > SchemaVersion)
            throw new InputOutputException($"the store was written by a newer Pendulum (schema {version}; this one knows {SchemaVersion})", Description);
        if (version == SchemaVersion)
            return;
        using var transaction = Connection.BeginTransaction();
        if (version == 0)
            CreateBaseTables(transaction);
        Upgrade(transaction, version);
        WriteSchemaVersion(transaction);
        transaction.Commit();
    }

    private void CreateBaseTables(DbTransaction transaction)
    {
        var columns = new StringBuilder();
        foreach (var (name, type) in EventColumns.Columns)
        {
            var nullable = type.EndsWith('?');
            columns.Append(name).Append(' ').Append(SqlType(type.TrimEnd('?'))).Append(nullable ? "" : " NOT NULL").Append(",\n  ");
        }
        Execute(transaction, $"CREATE TABLE IF NOT EXISTS events (\n  {columns}PRIMARY KEY (dataset, event_id)){EventTableOptions}");
        // One secondary index: every read is by dyad and date range. Each extra index costs a B-tree insert per event.
        Execute(transaction, $"CREATE INDEX IF NOT EXISTS events_dyad ON events ({DyadIndexColumns})");
        Execute(transaction, $"""
            CREATE TABLE IF NOT EXISTS files (
              id {FileKeyDefinition},
              path TEXT NOT NULL, size BIGINT NOT NULL, content_hash TEXT NOT NULL, format TEXT NOT NULL,
              format_detail TEXT NOT NULL, actors TEXT NOT NULL, rows_read BIGINT NOT NULL, rows_kept BIGINT NOT NULL,
              rows_inserted BIGINT NOT NULL, rows_filtered_out BIGINT NOT NULL, rows_skipped BIGINT NOT NULL,
              na_rows BIGINT NOT NULL, codes_repaired BIGINT NOT NULL, exponent_dates BIGINT NOT NULL,
              ingested_at TEXT NOT NULL,
              UNIQUE (path, content_hash))
            """);
        CreateFileVolumes(transaction);
        CreatePeriodCounts(transaction);
    }

    /// <summary>
    /// Each country's events per day counted from the stored events, as columns <c>country, date, events</c>: an event
    /// counts once for its source country and once for its target, once only when they are the same. Upgrades start a
    /// store's volumes from it.
    /// </summary>
    private protected const string EventCountsByCountryDay = """
        SELECT country, date, COUNT(*) AS events FROM (
          SELECT source_country AS country, date FROM events WHERE source_country IS NOT NULL
          UNION ALL
          SELECT target_country, date FROM events
          WHERE target_country IS NOT NULL AND (source_country IS NULL OR source_country <> target_country)) AS e
        GROUP BY country, date
        """;

    /// <summary>Creates <c>file_volumes</c>: events per country and day, once per file content.</summary>
    private protected void CreateFileVolumes(DbTransaction transaction) =>
        Execute(transaction, $"""
            CREATE TABLE IF NOT EXISTS file_volumes (
              content_hash TEXT NOT NULL, country TEXT NOT NULL, date {SqlType("date")} NOT NULL, events BIGINT NOT NULL,
              PRIMARY KEY (content_hash, country, date)){EventTableOptions}
            """);

    /// <summary>Records one file content's events on one country and day, unless that content's entry is there already.</summary>
    private protected const string InsertFileVolume = "INSERT INTO file_volumes (content_hash, country, date, events) "
        + "VALUES (@hash, @country, @date, @events) ON CONFLICT (content_hash, country, date) DO NOTHING";

    public IEnumerable<CodedEvent> Events(EventQuery query, CancellationToken cancellationToken = default)
    {
        using var command = Connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {EventColumns.List} FROM events WHERE ");
        sql.Append("((source_country = @a AND target_country = @b) OR (source_country = @b AND target_country = @a))");
        AddParameter(command, "a", query.CountryA);
        AddParameter(command, "b", query.CountryB);
        if (query.From is { } from)
        {
            sql.Append(" AND date >= @from");
            AddParameter(command, "from", DateValue(from));
        }

        if (query.To is { } to)
        {
            sql.Append(" AND date <= @to");
            AddParameter(command, "to", DateValue(to));
        }

        sql.Append(" ORDER BY date, dataset, event_id");
        command.CommandText = sql.ToString();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return EventColumns.Read(reader);
        }
    }

    public virtual IEnumerable<(DateOnly Date, long Events)> DailyVolume(string country, DateOnly? from = null, DateOnly? to = null)
    {
        using var command = Connection.CreateCommand();
        var sql = new StringBuilder("SELECT date, CAST(SUM(events) AS BIGINT) FROM file_volumes WHERE country = @c");
        AddParameter(command, "c", country);
        if (from is { } f)
        {
            sql.Append(" AND date >= @from");
            AddParameter(command, "from", DateValue(f));
        }

        if (to is { } t)
        {
            sql.Append(" AND date <= @to");
            AddParameter(command, "to", DateValue(t));
        }

        command.CommandText = sql.Append(" GROUP BY date ORDER BY date").ToString();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return (EventColumns.ReadDate(reader, 0), reader.GetInt64(1));
    }

    public IReadOnlyList<PairSummary> Pairs()
    {
        // Grouped by direction in SQL (a scan of the dyad index, which covers these columns), folded into unordered
        // pairs here: the number of directed pairs is small next to the number of events.
        using var command = Connection.CreateCommand();
        command.CommandText = PairSummary.DirectedSql;
        using var reader = command.ExecuteReader();
        return PairSummary.FromDirected(reader);
    }

    public long CountEvents()
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM events";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<IngestedFile> Files() => ReadFiles(null);

    // The files table is UNIQUE (path, content_hash), so a path's records come from that index.
    public IReadOnlyList<IngestedFile> Files(string path) => ReadFiles(path);

    private List<IngestedFile> ReadFiles(string? path)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT {FileColumns.List} FROM files {(path is null ? "" : "WHERE path = @path ")}ORDER BY id";
        if (path is not null)
            AddParameter(command, "path", path);
        return FileColumns.ReadAll(command);
    }

    /// <summary>Upserts the file record inside the ingest's transaction.</summary>
    private protected void RecordFile(DbTransaction transaction, IngestedFile file)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = transaction;
        var names = FileColumns.Names;
        var updates = string.Join(", ", names.Where(n => n is not ("path" or "content_hash")).Select(n => $"{n} = excluded.{n}"));
        command.CommandText =
            $"INSERT INTO files ({FileColumns.List}) VALUES ({string.Join(", ", names.Select(n => "@" + n))}) "
            + $"ON CONFLICT (path, content_hash) DO UPDATE SET {updates}";
        var values = FileColumns.Values(file);
        for (var i = 0; i < names.Length; i++)
            AddParameter(command, names[i], values[i]);
        command.ExecuteNonQuery();
    }

    private protected void Execute(DbTransaction? transaction, string sql)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private protected static DbParameter AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
            Connection.Dispose();
    }
}
