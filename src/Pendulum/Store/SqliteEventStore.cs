using System.Data.Common;
using Microsoft.Data.Sqlite;
using Pendulum.Events;

namespace Pendulum.Store;

/// <summary>
/// The embedded store: one SQLite file (<c>pendulum.db</c> by default). Each ingest is one transaction in WAL
/// mode, so a process killed mid-file leaves the database as it was before that file.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private static readonly string[] Types =
    [
        "TEXT NOT NULL", "TEXT NOT NULL", "TEXT NOT NULL", "TEXT", "TEXT NOT NULL", "TEXT NOT NULL", "TEXT NOT NULL",
        "TEXT", "TEXT NOT NULL", "TEXT NOT NULL", "TEXT NOT NULL", "TEXT NOT NULL", "TEXT NOT NULL", "INTEGER NOT NULL",
        "REAL NOT NULL", "INTEGER NOT NULL", "INTEGER NOT NULL", "INTEGER NOT NULL", "REAL", "TEXT", "TEXT", "REAL",
        "REAL", "TEXT", "TEXT", "TEXT NOT NULL", "TEXT", "TEXT",
    ];

    private readonly string _path;

    private SqliteEventStore(SqliteConnection connection, string path)
        : base(connection) => _path = path;

    public override string Description => $"SQLite {_path}";

    private protected override string[] EventColumnTypes => Types;

    private protected override string FileKeyDefinition => "INTEGER PRIMARY KEY";

    /// <summary>Opens (creating if needed) the store in <paramref name="path"/>.</summary>
    public static SqliteEventStore Open(string path)
    {
        var full = Path.GetFullPath(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            var store = new SqliteEventStore(connection, full);
            // WAL: readers are not blocked by an ingest; NORMAL sync is durable at commit boundaries in WAL mode.
            store.Execute(null, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
            store.EnsureSchema();
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InputOutputException($"cannot open the SQLite store: {e.Message}", full, e);
        }
    }

    private protected override object DateValue(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private protected override int ReadSchemaVersion()
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private protected override void WriteSchemaVersion(DbTransaction transaction) =>
        Execute(transaction, $"PRAGMA user_version = {SchemaVersion}");

    public override IEventWriter BeginWrite() => new Writer(this, (SqliteTransaction)Connection.BeginTransaction());

    private sealed class Writer : IEventWriter
    {
        private readonly SqliteEventStore _store;
        private readonly SqliteTransaction _transaction;
        private readonly SqliteCommand _insert;
        private readonly SqliteParameter[] _parameters;
        private bool _done;

        public Writer(SqliteEventStore store, SqliteTransaction transaction)
        {
            _store = store;
            _transaction = transaction;
            _insert = (SqliteCommand)store.Connection.CreateCommand();
            _insert.Transaction = transaction;
            var names = EventColumns.Names;
            _insert.CommandText = $"INSERT INTO events ({EventColumns.List}) VALUES ({string.Join(", ", names.Select(n => "@" + n))}) "
                + "ON CONFLICT (dataset, event_id) DO NOTHING";
            _parameters = names.Select(n => (SqliteParameter)AddParameter(_insert, n, DBNull.Value)).ToArray();
            _insert.Prepare();
        }

        public int Add(IReadOnlyList<CodedEvent> events)
        {
            var inserted = 0;
            foreach (var e in events)
            {
                var values = EventColumns.Values(e);
                values[2] = _store.DateValue(e.Date);
                for (var i = 0; i < values.Length; i++)
                    _parameters[i].Value = values[i];
                inserted += _insert.ExecuteNonQuery();
            }

            return inserted;
        }

        public void Commit(IngestedFile file)
        {
            _store.RecordFile(_transaction, file);
            _transaction.Commit();
            _done = true;
        }

        public void Dispose()
        {
            if (!_done)
                _transaction.Rollback();
            _insert.Dispose();
            _transaction.Dispose();
        }
    }
}
