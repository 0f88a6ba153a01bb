using DuckDB.NET.Data;
using Pendulum.DuckDB;
using Pendulum.Observe;
using Pendulum.Store;
using Pendulum.Tests.Observe;
using Pendulum.Tests.Store.ClickHouse;

namespace Pendulum.Tests.Store.DuckDB;

/// <summary>The store contract on a DuckDB file, plus what is DuckDB's own: versions, engine choice, one database per file in a process.</summary>
public sealed class DuckDbEventStoreTests : EventStoreContract
{
    protected override IEventStore OpenStore() => DuckDbEventStore.Open(Temp.Path("pendulum.duckdb"));

    [Fact]
    public void Open_StoreFromNewerPendulum_RefusesWithIoError()
    {
        var path = Temp.Path("newer.duckdb");
        using (DuckDbEventStore.Open(path))
        {
        }

        Run(path, "UPDATE pendulum_meta SET value = '99' WHERE key = 'schema_version'");

        var error = Assert.Throws<InputOutputException>(() => DuckDbEventStore.Open(path));

        Assert.Contains("newer Pendulum (schema 99", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_StoreWithoutVersion_CreatesWhatIsMissingAndRecordsTheVersion()
    {
        var path = Temp.Path("old.duckdb");
        using (DuckDbEventStore.Open(path))
        {
        }

        // A store whose version record was lost (or a version 0 layout): opening again upgrades it in place, twice harmlessly.
        Run(path, "DELETE FROM pendulum_meta");
        using (DuckDbEventStore.Open(path))
        {
        }

        using var store = DuckDbEventStore.Open(path);
        Assert.Equal(DuckDbEventStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Query(path, "SELECT value FROM pendulum_meta WHERE key = 'schema_version'"));
        Assert.Equal(0, store.CountEvents());
    }

    [Fact]
    public async Task Open_TwiceInOneProcess_SharesTheFileAndSeesCommittedEvents()
    {
        var path = Temp.Path("shared.duckdb");
        using var first = DuckDbEventStore.Open(path);
        using var second = DuckDbEventStore.Open(path);

        await Ingest(first, Fixtures.Gdelt2First);

        Assert.Equal(487, second.CountEvents());
    }

    [Fact]
    public void Open_ThroughEventStoreOpen_PicksDuckDbByExtension()
    {
        DuckDbEventStore.Register();

        using var store = EventStore.Open(Temp.Path("by-extension.duckdb"));

        Assert.StartsWith("DuckDB ", store.Description, StringComparison.Ordinal);
        Assert.True(EventStore.IsRegisteredFile("x.duckdb"));
        Assert.False(EventStore.IsRegisteredFile("x.db"));
    }

    [Fact]
    public async Task ManyPairs_WithAndWithoutDrivers_MeasuresExactlyAsReadingEveryEvent()
    {
        using var store = DuckDbEventStore.Open(Temp.Path("many.duckdb"));
        foreach (var file in ClickHouseMeasureTests.SameEvents.Files)
            await ClickHouseMeasureTests.SameEvents.Ingest(store, file);
        string[] countries = ["USA", "CHN", "RUS", "GBR", "JPN", "IND", "FRA", "DEU", "ISR", "IRN", "PRK", "KOR"];
        var measured = new Dictionary<int, List<PairMeasurement>>();
        foreach (var drivers in new[] { 0, 3 })
        {
            var parameters = new ObserverParameters { DriversPerPeriod = drivers };
            var expected = ManyPairs.FromStore(new EventsOnlyStore(store), countries, Frequency.Month, parameters, null, null);
            var actual = ManyPairs.FromStore(store, countries, Frequency.Month, parameters, null, null);

            Assert.Equal(expected.Select(PairAccumulatorTests.Flatten), actual.Select(PairAccumulatorTests.Flatten));
            measured[drivers] = actual.ToList();
        }

        // Ranking no drivers (what the CSV output asks for) changes no other figure.
        Assert.Contains(measured[3], m => m.Periods.Any(p => p.Drivers.Count > 0));
        Assert.Equal(measured[0].Select(PairAccumulatorTests.Flatten), measured[3].Select(WithoutDrivers).Select(PairAccumulatorTests.Flatten));
    }

    private static PairMeasurement WithoutDrivers(PairMeasurement m) =>
        m with { Periods = m.Periods.Select(p => p with { Drivers = [] }).ToList() };

    private static void Run(string path, string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Query(string path, string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}
