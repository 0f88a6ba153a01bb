using System.Data.Common;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Pendulum.Events;
using Pendulum.Store;

namespace Pendulum.DuckDB;

/// <summary>
/// The embedded columnar store: one DuckDB file, chosen with <c>--db FILE.duckdb</c>. The same tables and columns as
/// the SQLite store (<see cref="EventColumns"/>, <see cref="FileColumns"/>), stored by column, so the observer's sums
/// over millions of events are one <c>GROUP BY</c> (<see cref="IAggregatingEventStore"/>), and analysts can open the
/// file from DuckDB's own clients (docs/store.md).
/// </summary>
/// <remarks>
/// Guarantees, as the SQL stores': one transaction per file (DuckDB's write-ahead log; a process killed mid-file leaves
/// the store as it was before that file); an event is stored once per (dataset, event id), however often it is
/// ingested: the writer appends a file's events to <c>events</c> with DuckDB's appender and removes, at commit, set-wise,
/// those whose key the store held and every later copy of a key the file repeats (see <see cref="DuckDbEventWriter"/>). DuckDB lets one
/// process open a file for writing; a second gets <see cref="InputOutputException"/> naming the process that holds it.
/// Within one process, the stores opened on one file share one database, and their writers take turns.
/// </remarks>
public sealed partial class DuckDbEventStore : IAggregatingEventStore, IPeriodCountStore
{
    /// <summary>The extension that selects this engine: <c>--db FILE.duckdb</c>.</summary>
    public const string Extension = ".duckdb";

    /// <summary>
    /// Version 1: the first layout (the SQLite store's version 3 in columns). Version 2: <c>period_counts</c> keeps
    /// period aggregates beside the events (the SQLite store's version 4).
    /// </summary>
    internal const int SchemaVersion = 2;

    private readonly string _path;

    private DuckDbEventStore(DuckDBConnection connection, string path)
    {
        Connection = connection;
        _path = path;
    }

    public string Description => $"DuckDB {_path}";

    internal DuckDBConnection Connection { get; }

    internal string Path => _path;

    /// <summary>Lets <see cref="EventStore.Open"/> open <c>.duckdb</c> files. The CLI calls it at start-up.</summary>
    public static void Register() => EventStore.RegisterExtension(Extension, path => Open(path));

    /// <summary>Opens (creating if needed) the store in <paramref name="path"/>.</summary>
    public static DuckDbEventStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var connection = new DuckDBConnection($"Data Source={full}");
        try
        {
            connection.Open();
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw FileLock.Describe(e, full);
        }

        var store = new DuckDbEventStore(connection, full);
        try
        {
            store.EnsureSchema();
            return store;
        }
        catch (DuckDBException e)
        {
            store.Dispose();
            throw new InputOutputException($"cannot open the DuckDB store: {e.Message}", full, e);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The SQL type of an engine-neutral column type of <see cref="EventColumns.Columns"/>.</summary>
    internal static string SqlType(string neutral) => neutral.TrimEnd('?') switch
    {
        "date" => "DATE",
        "int" => "INTEGER",
        "real" => "DOUBLE",
        _ => "VARCHAR",
    };

    /// <summary>The <c>events</c> columns with their types, for <c>CREATE TABLE</c>.</summary>
    internal static string EventColumnDefinitions =>
        string.Join(",\n  ", EventColumns.Columns.Select(c => $"{c.Name} {SqlType(c.Type)}{(c.Type.EndsWith('?') ? "" : " NOT NULL")}"));

    /// <summary>Creates the tables on first use, upgrades an older layout, and refuses one written by a newer Pendulum.</summary>
    private void EnsureSchema()
    {
        Execute("CREATE TABLE IF NOT EXISTS pendulum_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
        var version = ReadSchemaVersion();
        if (version > SchemaVersion)
            throw new InputOutputException($"the store was written by a newer Pendulum (schema {version}; this one knows {SchemaVersion})", _path);
        if (version == SchemaVersion)
            return;
        using var transaction = Connection.BeginTransaction();
        if (version == 0)
            CreateTables();
        Upgrade(version);
        Execute($"INSERT INTO pendulum_meta (key, value) VALUES ('schema_version', '{SchemaVersion}') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        transaction.Commit();
    }

    /// <summary>Brings a store of <paramref name="fromVersion"/> (0: tables just created) to <see cref="SchemaVersion"/>.</summary>
    private void Upgrade(int fromVersion)
    {
        // Each step is safe to repeat, inside the transaction that records the new version.
        if (fromVersion < 2)
            CreatePeriodCounts();
    }

    private void CreateTables()
    {
        // No primary key on events: the writer keeps keys unique set-wise, and an index over every key would cost
        // each ingest and all memory a large store has (DuckDB's indexes live in memory). Files and volumes are small.
        Execute($"CREATE TABLE IF NOT EXISTS events (\n  {EventColumnDefinitions})");
        Execute("CREATE SEQUENCE IF NOT EXISTS files_id");
        Execute("""
            CREATE TABLE IF NOT EXISTS files (
              id BIGINT NOT NULL DEFAULT nextval('files_id'),
              path VARCHAR NOT NULL, size BIGINT NOT NULL, content_hash VARCHAR NOT NULL, format VARCHAR NOT NULL,
              format_detail VARCHAR NOT NULL, actors VARCHAR NOT NULL, rows_read BIGINT NOT NULL, rows_kept BIGINT NOT NULL,
              rows_inserted BIGINT NOT NULL, rows_filtered_out BIGINT NOT NULL, rows_skipped BIGINT NOT NULL,
              na_rows BIGINT NOT NULL, codes_repaired BIGINT NOT NULL, exponent_dates BIGINT NOT NULL,
              ingested_at VARCHAR NOT NULL,
              PRIMARY KEY (path, content_hash))
            """);
        Execute("""
            CREATE TABLE IF NOT EXISTS file_volumes (
              content_hash VARCHAR NOT NULL, country VARCHAR NOT NULL, date DATE NOT NULL, events BIGINT NOT NULL,
              PRIMARY KEY (content_hash, country, date))
            """);
    }

    private int ReadSchemaVersion() =>
        Scalar("SELECT value FROM pendulum_meta WHERE key = 'schema_version'") is string v ? int.Parse(v, CultureInfo.InvariantCulture) : 0;

    public IEventWriter BeginWrite() => new DuckDbEventWriter(this);

    public IEnumerable<CodedEvent> Events(EventQuery query, CancellationToken cancellationToken = default)
    {
        using var command = Connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {EventColumns.List} FROM events WHERE ");
        sql.Append("((source_country = $a AND target_country = $b) OR (source_country = $b AND target_country = $a))");
        Add(command, "a", query.CountryA);
        Add(command, "b", query.CountryB);
        sql.Append(DateRange(command, query.From, query.To));
        command.CommandText = sql.Append(" ORDER BY date, dataset, event_id").ToString();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return EventColumns.Read(reader);
        }
    }

    public IEnumerable<(DateOnly Date, long Events)> DailyVolume(string country, DateOnly? from = null, DateOnly? to = null) =>
        DailyVolumes([country], from, to).OrderBy(v => v.Date).Select(v => (v.Date, v.Events));

    public IReadOnlyList<PairSummary> Pairs()
    {
        using var command = Connection.CreateCommand();
        command.CommandText = PairSummary.DirectedSql;
        using var reader = command.ExecuteReader();
        return PairSummary.FromDirected(reader);
    }

    public long CountEvents() => Convert.ToInt64(Scalar("SELECT COUNT(*) FROM events"), CultureInfo.InvariantCulture);

    public IReadOnlyList<IngestedFile> Files() => ReadFiles(null);

    public IReadOnlyList<IngestedFile> Files(string path) => ReadFiles(path);

    private List<IngestedFile> ReadFiles(string? path)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT {FileColumns.List} FROM files {(path is null ? "" : "WHERE path = $path ")}ORDER BY id";
        if (path is not null)
            Add(command, "path", path);
        return FileColumns.ReadAll(command);
    }

    /// <summary><c> AND date &gt;= $from AND date &lt;= $to</c> for the bounds given, with their parameters.</summary>
    internal static string DateRange(DbCommand command, DateOnly? from, DateOnly? to)
    {
        var sql = new StringBuilder();
        if (from is { } f)
        {
            sql.Append(" AND date >= $from");
            Add(command, "from", f);
        }

        if (to is { } t)
        {
            sql.Append(" AND date <= $to");
            Add(command, "to", t);
        }

        return sql.ToString();
    }

    internal int Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    internal object? Scalar(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    internal static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    public void Dispose() => Connection.Dispose();
}
