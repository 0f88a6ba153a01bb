using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Pendulum.Events;

namespace Pendulum.Store;

/// <summary>
/// The server store: the same schema in PostgreSQL, chosen with a connection string
/// (<c>Host=...;Database=...</c>). Batches go in by binary COPY into a temporary table and then one
/// <c>INSERT ... ON CONFLICT DO NOTHING</c>, which is both fast and idempotent.
/// </summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private static readonly NpgsqlDbType[] CopyTypes = EventColumns.Columns
        .Select(c => c.Type.TrimEnd('?') switch
        {
            "date" => NpgsqlDbType.Date,
            "int" => NpgsqlDbType.Integer,
            "real" => NpgsqlDbType.Double,
            _ => NpgsqlDbType.Text,
        })
        .ToArray();

    private readonly string _description;

    private PostgresEventStore(NpgsqlConnection connection, string description)
        : base(connection) => _description = description;

    public override string Description => _description;

    private protected override string SqlType(string neutralType) => neutralType switch
    {
        "date" => "DATE",
        "int" => "INTEGER",
        "real" => "DOUBLE PRECISION",
        _ => "TEXT",
    };

    private protected override string FileKeyDefinition => "BIGSERIAL PRIMARY KEY";

    /// <summary>Opens the store on the server named by <paramref name="connectionString"/>, creating tables if needed.</summary>
    public static PostgresEventStore Open(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"not a PostgreSQL connection string: {e.Message}", "--db");
        }

        var description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}"
            + (string.IsNullOrEmpty(builder.SearchPath) ? "" : $" (schema {builder.SearchPath})");
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            var store = new PostgresEventStore(connection, description);
            store.EnsureSchema();
            return store;
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException or TimeoutException)
        {
            connection.Dispose();
            throw new InputOutputException($"cannot open the PostgreSQL store: {e.Message}", description, e);
        }
    }

    private protected override object DateValue(DateOnly date) => date;

    private protected override int ReadSchemaVersion()
    {
        Execute(null, "CREATE TABLE IF NOT EXISTS pendulum_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT value FROM pendulum_meta WHERE key = 'schema_version'";
        return command.ExecuteScalar() is string v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    // Version 2: files are told apart by an XXH128 content hash (content_hash, was sha256), and file_volumes keeps
    // each file content's events per country and day; a version 1 store's volumes, then counted from its events,
    // become the entries of content 'legacy', and its files keep their SHA-256, marked as such.
    // Version 3: period_counts keeps period aggregates (pair x period x QuadClass counts) beside the events.
    private protected override int SchemaVersion => 3;

    private protected override int PeriodCountBatch => 500;

    private protected override void Upgrade(DbTransaction transaction, int fromVersion)
    {
        if (fromVersion == 1)
            UpgradeFromVersion1(transaction);
        CreatePeriodCounts(transaction);
    }

    private void UpgradeFromVersion1(DbTransaction transaction)
    {
        Execute(transaction, "ALTER TABLE files RENAME COLUMN sha256 TO content_hash");
        Execute(transaction, $"UPDATE files SET content_hash = '{LegacyContent.HashPrefix}' || content_hash");
        CreateFileVolumes(transaction);
        Execute(transaction, "INSERT INTO file_volumes (content_hash, country, date, events) "
            + $"SELECT '{LegacyContent.Volumes}', country, date, events FROM ({EventCountsByCountryDay}) AS c");
    }

    /// <summary>Adds a file's volumes inside the ingest's transaction, skipping (content, country, day) entries already kept.</summary>
    private void RecordVolumes(DbTransaction transaction, string contentHash, IReadOnlyCollection<CountryDayVolume> volumes)
    {
        if (volumes.Count == 0)
            return;
        using var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertFileVolume;
        AddParameter(command, "hash", contentHash);
        var country = AddParameter(command, "country", "");
        var date = AddParameter(command, "date", DateValue(DateOnly.MinValue));
        var events = AddParameter(command, "events", 0L);
        command.Prepare();
        foreach (var v in volumes)
        {
            (country.Value, date.Value, events.Value) = (v.Country, DateValue(v.Date), v.Events);
            command.ExecuteNonQuery();
        }
    }

    private protected override void WriteSchemaVersion(DbTransaction transaction) =>
        Execute(transaction, $"INSERT INTO pendulum_meta (key, value) VALUES ('schema_version', '{SchemaVersion}') "
            + "ON CONFLICT (key) DO UPDATE SET value = excluded.value");

    public override IEventWriter BeginWrite() => new Writer(this, (NpgsqlTransaction)Connection.BeginTransaction());

    private sealed class Writer : IEventWriter, IPeriodCountSink
    {
        private readonly PostgresEventStore _store;
        private readonly NpgsqlTransaction _transaction;
        private bool _done;

        public Writer(PostgresEventStore store, NpgsqlTransaction transaction)
        {
            _store = store;
            _transaction = transaction;
            store.Execute(transaction, "CREATE TEMP TABLE IF NOT EXISTS events_incoming (LIKE events) ON COMMIT DROP");
        }

        private NpgsqlConnection Connection => (NpgsqlConnection)_store.Connection;

        public int Add(IReadOnlyList<CodedEvent> events)
        {
            using (var import = Connection.BeginBinaryImport($"COPY events_incoming ({EventColumns.List}) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var e in events)
                {
                    import.StartRow();
                    var values = EventColumns.Values(e);
                    for (var i = 0; i < values.Length; i++)
                    {
                        if (values[i] is DBNull)
                            import.WriteNull();
                        else
                            import.Write(values[i], CopyTypes[i]);
                    }
                }

                import.Complete();
            }

            using var command = Connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = $"INSERT INTO events ({EventColumns.List}) SELECT {EventColumns.List} FROM events_incoming "
                + "ON CONFLICT (dataset, event_id) DO NOTHING; TRUNCATE events_incoming";
            return command.ExecuteNonQuery();
        }

        public long AddPeriodCounts(IReadOnlyList<Events.Aggregates.PeriodCount> counts) => _store.InsertPeriodCounts(_transaction, counts);

        public IngestedFile Commit(IngestedFile file, IReadOnlyCollection<CountryDayVolume> volumes)
        {
            _store.RecordVolumes(_transaction, file.ContentHash, volumes);
            _store.RecordFile(_transaction, file);
            _transaction.Commit();
            _done = true;
            return file;
        }

        public void Dispose()
        {
            if (!_done)
                _transaction.Rollback();
            _transaction.Dispose();
        }
    }
}
