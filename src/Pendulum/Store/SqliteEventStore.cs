using System.Data.Common;
using Microsoft.Data.Sqlite;
using Pendulum.Events;
using SQLitePCL;

namespace Pendulum.Store;

/// <summary>
/// The embedded store: one SQLite file (<c>pendulum.db</c> by default). Each ingest is one transaction with a
/// rollback journal, so a process killed mid-file leaves the database as it was before that file.
/// </summary>
public sealed partial class SqliteEventStore : SqlEventStore
{
    private readonly string _path;

    private SqliteEventStore(SqliteConnection connection, string path)
        : base(connection) => _path = path;

    public override string Description => $"SQLite {_path}";

    private protected override string SqlType(string neutralType) => neutralType switch
    {
        "int" => "INTEGER",
        "real" => "REAL",
        _ => "TEXT", // dates as ISO 8601 text, which sorts and compares as dates
    };

    private protected override string FileKeyDefinition => "INTEGER PRIMARY KEY";

    // Clustered on (dataset, event_id): one B-tree fewer per insert than a rowid table with a separate key index.
    private protected override string EventTableOptions => " WITHOUT ROWID";

    // Version 2: the dyad index covers what the observer reads (QuadClass, Goldstein, mentions; the key comes with
    // every index entry of a WITHOUT ROWID table), and country_days keeps each country's events per day.
    // Version 3: files are told apart by an XXH128 content hash (content_hash, was sha256), and file_volumes keeps
    // each file content's events per country and day, so that volumes count rows an actor filter left out, once.
    // Version 4: period_counts keeps period aggregates (pair x period x QuadClass counts) beside the events.
    private protected override int SchemaVersion => 4;

    private protected override string DyadIndexColumns => "source_country, target_country, date, quad, goldstein, mentions";

    private protected override void Upgrade(DbTransaction transaction, int fromVersion)
    {
        // The transaction holds the write lock (Microsoft.Data.Sqlite begins IMMEDIATE): if another process upgraded the
        // store between the version check and now, there is nothing left to do.
        if (fromVersion < 3 && UserVersion(transaction) < 3)
            UpgradeToVersion3(transaction, fromVersion);
        CreatePeriodCounts(transaction);
    }

    private void UpgradeToVersion3(DbTransaction transaction, int fromVersion)
    {
        // Written to give the same store from any state between versions 1 and 3 (a store whose version number was
        // set back, say), so repeating it is harmless.
        if (fromVersion == 1)
        {
            Execute(transaction, "DROP INDEX IF EXISTS events_dyad");
            Execute(transaction, $"CREATE INDEX events_dyad ON events ({DyadIndexColumns})");
        }

        if (fromVersion < 2)
        {
            Execute(transaction, "CREATE TABLE IF NOT EXISTS country_days (country TEXT NOT NULL, date TEXT NOT NULL, events INTEGER NOT NULL, PRIMARY KEY (country, date)) WITHOUT ROWID");
            Execute(transaction, "DELETE FROM country_days");
            Execute(transaction, $"INSERT INTO country_days (country, date, events) {EventCountsByCountryDay}");
        }

        // Files recorded before version 3 keep their SHA-256, marked as such: their volumes are already in
        // country_days (counted from their events), and the ingester recognises them by it.
        if (Scalar(transaction, "SELECT COUNT(*) FROM pragma_table_info('files') WHERE name = 'sha256'") > 0)
        {
            Execute(transaction, "ALTER TABLE files RENAME COLUMN sha256 TO content_hash");
            Execute(transaction, $"UPDATE files SET content_hash = '{LegacyContent.HashPrefix}' || content_hash WHERE content_hash NOT LIKE '%:%'");
        }

        CreateFileVolumes(transaction);
    }

    private long Scalar(DbTransaction? transaction, string sql)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Read from <c>country_days</c>, the sum of <c>file_volumes</c> over file contents (plus, in a store upgraded
    /// from before version 3, the counts of the events it held then): a few thousand rows, however many events.
    /// </summary>
    public override IEnumerable<(DateOnly Date, long Events)> DailyVolume(string country, DateOnly? from = null, DateOnly? to = null) =>
        DailyVolumes([country], from, to).Select(v => (v.Date, v.Events));

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
            // Rollback journal, not WAL: a bulk ingest appends new pages, which a rollback journal need not copy,
            // while WAL writes every page twice (log, then checkpoint); measured 8.6 s against 11.1 s for 1 GB.
            // FULL sync costs a few fsyncs per file (one transaction each) and keeps a power cut from corrupting it.
            // A 64 MiB page cache keeps a large ingest's index pages in memory; it is a bound, so memory stays flat.
            store.Execute(null, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536;");
            store.EnsureSchema();
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InputOutputException($"cannot open the SQLite store: {e.Message}", full, e);
        }
    }

    /// <summary>Throws unless <paramref name="rc"/> is a success code of SQLite's C API.</summary>
    private void Check(sqlite3 db, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new InputOutputException($"SQLite error {rc}: {raw.sqlite3_errmsg(db).utf8_to_string()}", _path);
    }

    private protected override object DateValue(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private protected override int ReadSchemaVersion() => UserVersion(null);

    private int UserVersion(DbTransaction? transaction) => (int)Scalar(transaction, "PRAGMA user_version");

    private protected override void WriteSchemaVersion(DbTransaction transaction) =>
        Execute(transaction, $"PRAGMA user_version = {SchemaVersion}");

    public override IEventWriter BeginWrite() => new Writer(this, (SqliteTransaction)Connection.BeginTransaction());

    /// <remarks>
    /// Inserts go straight to SQLite's C API: statements are prepared through SQLitePCLRaw, on the store's connection
    /// and so inside its transaction, and bound by position and run through <see cref="SqliteNative"/>. The ADO.NET
    /// layer looks every parameter up by name on every execution, which once made it the ingest's bottleneck.
    /// </remarks>
    private sealed class Writer : IEventWriter, IPeriodCountSink
    {
        private readonly SqliteEventStore _store;
        private readonly SqliteTransaction _transaction;
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _insert;
        private readonly nint _statement; // _insert's, which owns it, for the per-event calls of SqliteNative
        private byte[] _utf8 = new byte[4096];
        private DateOnly _lastDate;
        private byte[] _lastDateUtf8 = [];
        private bool _done;

        public Writer(SqliteEventStore store, SqliteTransaction transaction)
        {
            _store = store;
            _transaction = transaction;
            _db = ((SqliteConnection)store.Connection).Handle!;
            var sql = $"INSERT INTO events ({EventColumns.List}) VALUES ({string.Join(", ", EventColumns.Names.Select(_ => "?"))}) "
                + "ON CONFLICT (dataset, event_id) DO NOTHING";
            _insert = Prepare(sql);
            _statement = _insert.DangerousGetHandle();
        }

        public int Add(IReadOnlyList<CodedEvent> events)
        {
            var inserted = 0;
            var binder = new Binder(this);
            // The connection's handle stays owned by the connection, which outlives this call.
            var connection = _db.DangerousGetHandle();
            foreach (var e in events)
            {
                EventColumns.Write(e, binder);
                var step = SqliteNative.Step(_statement);
                SqliteNative.Reset(_statement);
                if (step != raw.SQLITE_DONE)
                    Check(step);
                if (SqliteNative.Changes(connection) > 0)
                    inserted++;
            }

            return inserted;
        }

        // Encodes into one reusable buffer: SQLite copies bound text (SQLITE_TRANSIENT), so nothing is allocated per field.
        private void BindText(int index, ReadOnlySpan<char> text)
        {
            var needed = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
            if (_utf8.Length < needed)
                _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
            var length = System.Text.Encoding.UTF8.GetBytes(text, _utf8);
            Check(SqliteNative.BindText(_statement, index, _utf8.AsSpan(0, length)));
        }

        // Events of one file cluster on few days: the last day's text is kept rather than formatted per event.
        private void BindDate(int index, DateOnly date)
        {
            if (date != _lastDate || _lastDateUtf8.Length == 0)
            {
                _lastDateUtf8 = System.Text.Encoding.UTF8.GetBytes((string)_store.DateValue(date));
                _lastDate = date;
            }

            Check(SqliteNative.BindText(_statement, index, _lastDateUtf8));
        }

        /// <summary>Binds an event's values to the insert statement's parameters (numbered from 1) as they come.</summary>
        private readonly struct Binder(Writer writer) : IEventColumnSink
        {
            public void Text(int column, string value) => writer.BindText(column + 1, value);

            public void Integer(int column, int value) => writer.Check(SqliteNative.BindInt(writer._statement, column + 1, value));

            public void Real(int column, double value) => writer.Check(SqliteNative.BindDouble(writer._statement, column + 1, value));

            public void Date(int column, DateOnly value) => writer.BindDate(column + 1, value);

            public void Null(int column) => writer.Check(SqliteNative.BindNull(writer._statement, column + 1));
        }

        private void Check(int rc) => _store.Check(_db, rc);

        public long AddPeriodCounts(IReadOnlyList<Events.Aggregates.PeriodCount> counts) => _store.InsertPeriodCounts(_transaction, counts);

        public IngestedFile Commit(IngestedFile file, IReadOnlyCollection<CountryDayVolume> volumes)
        {
            RecordVolumes(file.ContentHash, volumes);
            _store.RecordFile(_transaction, file);
            _transaction.Commit();
            _done = true;
            return file;
        }

        // file_volumes gets the entries new for this content and country_days, their sum over contents, the same
        // entries, so that reads stay small. A file can hold thousands (country x day): bound like the events.
        private void RecordVolumes(string contentHash, IReadOnlyCollection<CountryDayVolume> volumes)
        {
            if (volumes.Count == 0)
                return;
            using var insertStatement = Prepare(InsertFileVolume);
            using var addStatement = Prepare("INSERT INTO country_days (country, date, events) VALUES (@country, @date, @events) "
                + "ON CONFLICT (country, date) DO UPDATE SET events = events + excluded.events");
            var (insert, add) = (insertStatement.DangerousGetHandle(), addStatement.DangerousGetHandle());
            var connection = _db.DangerousGetHandle();
            // A binding stays through resets: the hash is the same for every entry.
            Check(SqliteNative.BindText(insert, 1, System.Text.Encoding.UTF8.GetBytes(contentHash)));
            foreach (var v in volumes)
            {
                var country = System.Text.Encoding.UTF8.GetBytes(v.Country);
                var date = System.Text.Encoding.UTF8.GetBytes((string)_store.DateValue(v.Date));
                Run(insert, 2, country, date, v.Events);
                if (SqliteNative.Changes(connection) > 0)
                    Run(add, 1, country, date, v.Events);
            }
        }

        private sqlite3_stmt Prepare(string sql)
        {
            var rc = raw.sqlite3_prepare_v2(_db, sql, out var statement);
            if (rc != raw.SQLITE_OK)
            {
                statement.Dispose();
                Check(rc);
            }

            return statement;
        }

        // Binds country, date and count from parameter `first` on, runs the statement and resets it.
        private void Run(nint statement, int first, byte[] country, byte[] date, long events)
        {
            Check(SqliteNative.BindText(statement, first, country));
            Check(SqliteNative.BindText(statement, first + 1, date));
            Check(SqliteNative.BindInt64(statement, first + 2, events));
            var step = SqliteNative.Step(statement);
            SqliteNative.Reset(statement);
            Check(step);
        }

        public void Dispose()
        {
            _insert.Dispose();
            if (!_done)
                _transaction.Rollback();
            _transaction.Dispose();
        }
    }
}
