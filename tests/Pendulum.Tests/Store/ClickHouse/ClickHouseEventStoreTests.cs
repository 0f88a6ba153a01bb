using Pendulum.ClickHouse;
using Pendulum.Ingest;
using Pendulum.Store;
using Pendulum.Tests.Events.Aggregates;

namespace Pendulum.Tests.Store.ClickHouse;

/// <summary>The store contract against the real two-shard cluster, through the Distributed table, plus what is ClickHouse's own.</summary>
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClickHouseEventStoreTests : EventStoreContract
{
    private readonly TestCluster.Databases _databases = new();

    protected override IEventStore OpenStore() => _databases.Open();

    [Fact]
    public async Task Events_TextWithEscapes_RoundTripsAndKeysWithQuotesStayUnique()
    {
        using var store = OpenStore();
        var description = "tab\there, new\nline, back\\slash, quote ' and \"double\", NUL-free, unicode: 中美 — é";
        var path = Temp.Write("odd.csv", "id,date,source,target,cameo,description,reference\n"
            + $"\"it's\\1\",2018-06-01,USA,CHN,036,\"{description.Replace("\"", "\"\"", StringComparison.Ordinal)}\",\\N\n"
            + "\"it's\\2\",2018-06-02,CHN,USA,190,plain,\n");
        var ingester = new EventIngester(store, TimeProvider.System);
        await ingester.IngestFileAsync(path, new IngestOptions());

        var again = await ingester.IngestFileAsync(path, new IngestOptions());
        var events = store.Events(new EventQuery("USA", "CHN")).ToList();

        Assert.Equal(0, again.File.RowsInserted);
        Assert.Equal(["it's\\1", "it's\\2"], events.Select(e => e.EventId));
        Assert.Equal(description, events[0].Description);
        Assert.Equal("\\N", events[0].Reference);
    }

    [Fact]
    public async Task IngestFileAsync_PeriodCountTable_SpreadsPairsOverTheShardsWithBothDirectionsOnOne()
    {
        using var store = (ClickHouseEventStore)OpenStore();

        await Ingest(store, PeriodCountFileTests.SixCountries);

        var shards = store.Nodes.Select(node =>
        {
            using var rows = node.Query($"SELECT source_country, target_country, count() FROM {store.Database}.{ClickHouseSchema.LocalPeriodCounts} "
                + "GROUP BY source_country, target_country");
            var pairs = new Dictionary<string, long>(StringComparer.Ordinal);
            while (rows.Read() is { } r)
            {
                var pair = string.CompareOrdinal(r[0], r[1]) < 0 ? $"{r[0]}-{r[1]}" : $"{r[1]}-{r[0]}";
                pairs[pair] = pairs.GetValueOrDefault(pair) + long.Parse(r[2]!, System.Globalization.CultureInfo.InvariantCulture);
            }

            return pairs;
        }).ToList();

        Assert.All(shards, pairs => Assert.NotEmpty(pairs));
        Assert.Equal(390, shards.Sum(pairs => pairs.Values.Sum()));
        Assert.Empty(shards[0].Keys.Intersect(shards[1].Keys));
    }

    [Fact]
    public void Open_FewerNodesThanShards_SaysHowManyTheClusterHas()
    {
        var full = _databases.New();
        var partial = full with { Nodes = [full.Nodes[0]] };

        var error = Assert.Throws<InputOutputException>(() => ClickHouseEventStore.Open(partial));

        Assert.Contains("has 2 shard(s)", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnknownCluster_NamesIt()
    {
        var wrong = TestCluster.Connection() with { Cluster = "no_such_cluster" };

        var error = Assert.Throws<InputOutputException>(() => ClickHouseEventStore.Open(wrong));

        Assert.Contains("no cluster 'no_such_cluster'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ThroughEventStoreOpen_UsesTheRegisteredEngine()
    {
        ClickHouseEventStore.Register();

        using var store = EventStore.Open(_databases.New().ToString());

        Assert.StartsWith("ClickHouse cluster", store.Description, StringComparison.Ordinal);
        Assert.Equal(0, store.CountEvents());
    }

    [Fact]
    public async Task DailyVolume_EveryPartner_MatchesSqlite()
    {
        using var clickhouse = OpenStore();
        using var sqlite = SqliteEventStore.Open(Temp.Path("v.db"));
        foreach (var store in new[] { clickhouse, sqlite })
        {
            foreach (var file in new[] { Fixtures.Gdelt2First, Fixtures.Gdelt2Second, Fixtures.Icews })
                await new EventIngester(store, TimeProvider.System).IngestFileAsync(file, new IngestOptions());
        }

        foreach (var country in new[] { "USA", "CHN", "RUS" })
            Assert.Equal(sqlite.DailyVolume(country).ToList(), clickhouse.DailyVolume(country).ToList());
        Assert.Equal(sqlite.DailyVolume("USA", new DateOnly(2018, 5, 8), new DateOnly(2018, 5, 8)),
            clickhouse.DailyVolume("USA", new DateOnly(2018, 5, 8), new DateOnly(2018, 5, 8)));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _databases.Dispose();
        }

        base.Dispose(disposing);
    }
}
