using System.Globalization;
using Pendulum.Events;
using Pendulum.Store;

namespace Pendulum.ClickHouse;

/// <summary>
/// The distributed store: events spread over the shards of a ClickHouse cluster (Debian's 18.16 and later), reached
/// over HTTP. Opened with <c>--db "clickhouse://HOST:PORT,HOST:PORT/DATABASE?cluster=NAME"</c>; the tables are created
/// on every node when missing (no ZooKeeper needed). The observer's sums are computed by the cluster
/// (<see cref="IAggregatingEventStore"/>), so only per-day aggregates and a few events per day travel back.
/// </summary>
/// <remarks>
/// Guarantees, next to the SQL stores' (docs/clickhouse.md has the full account): an ingested file's events are staged
/// on the first node and become visible in one <c>INSERT ... SELECT</c> through the Distributed table, which returns
/// once every shard has written its share. If that insert fails part-way (a shard goes down), some shards may hold
/// their share and the file is not recorded; ingesting the file again stores exactly the missing events, because an
/// event already stored is never stored again. A query that needs a shard that is down fails with the server's error.
/// </remarks>
public sealed partial class ClickHouseEventStore : IAggregatingEventStore
{
    private readonly HttpClient _http;
    private readonly string _db;

    private ClickHouseEventStore(ClickHouseConnectionString connection, HttpClient http)
    {
        Connection = connection;
        _http = http;
        _db = connection.Database;
        Description = connection.SingleServer
            ? $"ClickHouse server {connection.Nodes[0].Authority}, database {_db}"
            : $"ClickHouse cluster {connection.Cluster} ({string.Join(", ", connection.Nodes.Select(n => n.Authority))}), database {_db}";
        Nodes = connection.Nodes.Select(n => new ClickHouseNode(http, n, connection, Description)).ToList();
    }

    public string Description { get; }

    /// <summary>Where the store lives.</summary>
    public ClickHouseConnectionString Connection { get; }

    /// <summary>The nodes in the connection string's order; the first keeps files and staging tables and runs the queries.</summary>
    internal IReadOnlyList<ClickHouseNode> Nodes { get; }

    internal ClickHouseNode First => Nodes[0];

    internal string Database => _db;

    /// <summary>True when the store's date columns are <c>Date32</c> (see <c>ChooseDate32</c>); set when the store opens.</summary>
    internal bool Date32 { get; private set; }

    /// <summary>Lets <see cref="EventStore.Open"/> open <c>clickhouse://</c> strings. The CLI calls it at start-up.</summary>
    public static void Register() => EventStore.Register(ClickHouseConnectionString.Scheme, db => Open(db));

    /// <summary>Opens (creating tables where missing) the store a <c>clickhouse://</c> string names.</summary>
    public static ClickHouseEventStore Open(string connectionString) => Open(ClickHouseConnectionString.Parse(connectionString));

    /// <inheritdoc cref="Open(string)"/>
    public static ClickHouseEventStore Open(ClickHouseConnectionString connection)
    {
        var store = new ClickHouseEventStore(connection, NewHttpClient());
        try
        {
            store.EnsureSchema();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private static HttpClient NewHttpClient() => new(new SocketsHttpHandler
    {
        ConnectTimeout = TimeSpan.FromSeconds(10),
        // The server closes idle keep-alive connections after 3 s (keep_alive_timeout); drop ours first.
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(2),
    })
    {
        // Long enough for a large INSERT ... SELECT or aggregate; a server that never answers still ends the command.
        Timeout = TimeSpan.FromHours(2),
    };

    public IEventWriter BeginWrite() => new ClickHouseEventWriter(this);

    public IEnumerable<CodedEvent> Events(EventQuery query, CancellationToken cancellationToken = default)
    {
        var (a, b) = (ClickHouseSql.String(query.CountryA), ClickHouseSql.String(query.CountryB));
        var sql = $"""
            SELECT {EventColumns.List} FROM {_db}.{ClickHouseSchema.Events}
            WHERE ((source_country = {a} AND target_country = {b}) OR (source_country = {b} AND target_country = {a})){ClickHouseSql.DateRange(query.From, query.To)}
            ORDER BY date, dataset, event_id
            """;
        return ReadEvents(sql, cancellationToken);
    }

    public IEnumerable<(DateOnly Date, long Events)> DailyVolume(string country, DateOnly? from = null, DateOnly? to = null) =>
        DailyVolumes([country], from, to).OrderBy(v => v.Date).Select(v => (v.Date, v.Events));

    public IReadOnlyList<PairSummary> Pairs()
    {
        using var reader = new TsvDataReader(First.Query(
            $"SELECT assumeNotNull(source_country), assumeNotNull(target_country), count(), min(date), max(date) FROM {_db}.{ClickHouseSchema.Events} "
            + "WHERE isNotNull(source_country) AND isNotNull(target_country) AND source_country != target_country "
            + "GROUP BY source_country, target_country"), 5);
        return PairSummary.FromDirected(reader);
    }

    public long CountEvents() => First.Scalar($"SELECT count() FROM {_db}.{ClickHouseSchema.Events}");

    public IReadOnlyList<IngestedFile> Files() => ReadFiles("");

    // The files table is ordered by (path, content_hash), so a path's records are one range of it.
    public IReadOnlyList<IngestedFile> Files(string path) => ReadFiles($"WHERE path = {ClickHouseSql.String(path)} ");

    private List<IngestedFile> ReadFiles(string where)
    {
        using var reader = new TsvDataReader(
            First.Query($"SELECT {FileColumns.List} FROM {_db}.{ClickHouseSchema.Files} FINAL {where}ORDER BY seq"), FileColumns.Names.Length);
        var files = new List<IngestedFile>();
        while (reader.Read())
            files.Add(FileColumns.Read(reader));
        return files;
    }

    private IEnumerable<CodedEvent> ReadEvents(string sql, CancellationToken cancellationToken)
    {
        using var reader = new TsvDataReader(First.Query(sql, cancellationToken), EventColumns.Names.Length);
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return EventColumns.Read(reader);
        }
    }

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static long ParseLong(string? text) => long.Parse(text!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public void Dispose() => _http.Dispose();
}
