using Pendulum.ClickHouse;
using Pendulum.Events.Readers;
using Pendulum.Ingest;
using Pendulum.Observe;
using Pendulum.Store;
using Pendulum.Tests.Observe;

namespace Pendulum.Tests.Store.ClickHouse;

/// <summary>
/// The observer on ClickHouse reads sums and driver candidates computed by the cluster; on SQLite, seen here as a plain
/// <see cref="IEventStore"/>, it reads every event.
/// Same fixtures in, the same measurement out, to the last bit of every double.
/// </summary>
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClickHouseMeasureTests(ClickHouseMeasureTests.SameEvents same)
    : ClickHouseMeasureTestsBase(same), IClassFixture<ClickHouseMeasureTests.SameEvents>
{
    /// <summary>The fixtures in the cluster and in SQLite.</summary>
    public sealed class SameEvents() : SameEventsIn(null);
}

/// <summary>The same tests on the current engine (npm's chdb, one server; see <see cref="TestCluster.Chdb"/>).</summary>
[Collection(ChdbCollection.Name)]
public sealed class ChdbMeasureTests(ChdbMeasureTests.SameEvents same)
    : ClickHouseMeasureTestsBase(same), IClassFixture<ChdbMeasureTests.SameEvents>
{
    /// <summary>The fixtures in chdb and in SQLite.</summary>
    public sealed class SameEvents() : SameEventsIn(TestCluster.Chdb);
}

/// <summary>The measurement tests, on the server <see cref="SameEventsIn"/> puts the fixtures in.</summary>
public abstract class ClickHouseMeasureTestsBase(ClickHouseMeasureTestsBase.SameEventsIn same)
{
    private static readonly string[] Countries = ["USA", "CHN", "RUS", "GBR", "JPN", "IND", "FRA", "DEU", "ISR", "IRN", "PRK", "KOR"];

    [Fact]
    public async Task FromStore_SameFixtures_MeasuresEachPairExactlyAsSqlite()
    {
        var (clickhouse, sqlite) = await same.Stores();
        var parameters = new ObserverParameters { DriversPerPeriod = 3 };
        foreach (var (a, b) in new[] { ("USA", "CHN"), ("CHN", "USA"), ("USA", "RUS"), ("GBR", "USA") })
        {
            foreach (var frequency in new[] { Frequency.Day, Frequency.Week, Frequency.Month })
            {
                var expected = PairObserver.FromStore(sqlite, a, b, frequency, parameters);
                var actual = PairObserver.FromStore(clickhouse, a, b, frequency, parameters);

                Assert.NotEmpty(expected.Periods);
                Assert.Equal(PairAccumulatorTests.Flatten(expected), PairAccumulatorTests.Flatten(actual));
                Assert.Equal(DriverEvents(expected), DriverEvents(actual));
            }
        }

        var from = new DateOnly(2018, 5, 1);
        var to = new DateOnly(2018, 6, 30);
        Assert.Equal(PairAccumulatorTests.Flatten(PairObserver.FromStore(sqlite, "USA", "CHN", Frequency.Day, parameters, from, to)),
            PairAccumulatorTests.Flatten(PairObserver.FromStore(clickhouse, "USA", "CHN", Frequency.Day, parameters, from, to)));
    }

    [Fact]
    public async Task ManyPairs_SameFixtures_MeasuresEveryPairExactlyAsSqlite()
    {
        var (clickhouse, sqlite) = await same.Stores();
        var parameters = new ObserverParameters();

        var expected = ManyPairs.FromStore(sqlite, Countries, Frequency.Month, parameters, null, null);
        var actual = ManyPairs.FromStore(clickhouse, Countries, Frequency.Month, parameters, null, null);

        Assert.Equal(66, actual.Count);
        Assert.True(expected.Count(m => m.Periods.Any(p => p.Events > 0)) >= 20, "the fixtures should give most pairs events");
        Assert.Equal(expected.Select(PairAccumulatorTests.Flatten), actual.Select(PairAccumulatorTests.Flatten));
    }

    [Fact]
    public async Task PairTallies_EveryFileIngestedTwice_CountEachEventOnce()
    {
        var (clickhouse, sqlite) = await same.Stores();
        foreach (var file in SameEventsIn.Files)
            await SameEventsIn.Ingest(clickhouse, file);

        var tallied = clickhouse.PairTallies(new PairSetQuery(Countries)).Sum(t => t.Count);
        var stored = ManyPairs.PairsOf(Countries).Sum(p => sqlite.Events(new EventQuery(p.A, p.B)).LongCount());

        Assert.Equal(stored, tallied);
        Assert.Equal(sqlite.CountEvents(), clickhouse.CountEvents());
    }

    // The drivers' events in full: the cluster ranks with a few fields and reads the drivers it keeps afterwards.
    private static List<string> DriverEvents(PairMeasurement m) =>
        m.Periods.SelectMany(p => p.Drivers).Select(d => EventStoreContract.Comparable(d.Event)).ToList();

    /// <summary>The fixtures ingested once into a ClickHouse database and an SQLite file, shared by the class's tests.</summary>
    public abstract class SameEventsIn(Func<ClickHouseConnectionString>? server) : IDisposable
    {
        public static readonly string[] Files = [Fixtures.Gdelt2First, Fixtures.Gdelt2Second, Fixtures.Icews, Fixtures.ReexportChina];

        private readonly TempFolder _temp = new();
        private readonly TestCluster.Databases _databases = new(server);
        private readonly SemaphoreSlim _once = new(1);
        private (IAggregatingEventStore, IEventStore)? _stores;
        private SqliteEventStore? _sqlite;

        /// <summary>Both stores, ingested on first use (inside a test, so a missing cluster skips that test).</summary>
        public async Task<(IAggregatingEventStore ClickHouse, IEventStore Sqlite)> Stores()
        {
            await _once.WaitAsync();
            try
            {
                if (_stores is null)
                {
                    IAggregatingEventStore clickhouse = _databases.Open();
                    _sqlite = SqliteEventStore.Open(_temp.Path("same.db"));
                    _stores = (clickhouse, new EventsOnlyStore(_sqlite));
                    foreach (var file in Files)
                    {
                        await Ingest(clickhouse, file);
                        await Ingest(_sqlite, file);
                    }
                }

                return _stores.Value;
            }
            finally
            {
                _once.Release();
            }
        }

        public static Task<IngestResult> Ingest(IEventStore store, string file) =>
            new EventIngester(store, TimeProvider.System).IngestFileAsync(file, new IngestOptions { Reader = new EventReaderOptions { Lenient = true } });

        public void Dispose()
        {
            if (_stores is var (clickhouse, _))
                clickhouse.Dispose();
            _sqlite?.Dispose();

            _databases.Dispose();
            _temp.Dispose();
            _once.Dispose();
            GC.SuppressFinalize(this);
        }
    }
}
