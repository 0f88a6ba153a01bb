using Microsoft.Data.Sqlite;
using Pendulum.Ingest;
using Pendulum.Observe;
using Pendulum.Store;
using Pendulum.Tests.Observe;
using Pendulum.Tests.Store.ClickHouse;

namespace Pendulum.Tests.Store;

/// <summary>
/// SQLite measures from its covering index and its per-country day counts; the result must be exactly what reading
/// every event gives, on a fresh store and on one upgraded from schema 1.
/// </summary>
public sealed class SqliteAggregatesTests : IDisposable
{
    private static readonly string[] Countries = ["USA", "CHN", "RUS", "GBR", "JPN", "IND", "FRA", "DEU", "ISR", "IRN", "PRK", "KOR"];

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task FromStore_AnyDriverCount_MeasuresExactlyAsReadingEveryEvent()
    {
        using var store = await Filled("fresh.db");
        AssertMeasuresAsEvents(store);
    }

    [Fact]
    public async Task ManyPairs_Fixtures_MeasuresEveryPairExactlyAsReadingEveryEvent()
    {
        using var store = await Filled("many.db");
        var parameters = new ObserverParameters();

        var expected = ManyPairs.FromStore(new EventsOnlyStore(store), Countries, Frequency.Month, parameters, null, null);
        var actual = ManyPairs.FromStore(store, Countries, Frequency.Month, parameters, null, null);

        Assert.True(expected.Count(m => m.Periods.Any(p => p.Events > 0)) >= 20, "the fixtures should give most pairs events");
        Assert.Equal(expected.Select(PairAccumulatorTests.Flatten), actual.Select(PairAccumulatorTests.Flatten));
    }

    [Fact]
    public async Task DailyVolume_FilesIngestedTwice_EqualsCountingTheStoredEvents()
    {
        var path = _temp.Path("volume.db");
        using (var store = await Filled("volume.db"))
        {
            foreach (var file in ClickHouseMeasureTests.SameEvents.Files)
                await ClickHouseMeasureTests.SameEvents.Ingest(store, file);
        }

        AssertVolumesCounted(path);
    }

    [Fact]
    public async Task Open_SchemaVersion1Store_UpgradesIndexAndDayCounts()
    {
        var path = _temp.Path("old.db");
        (await Filled("old.db")).Dispose();
        using (var connection = Connect(path))
        {
            Execute(connection, """
                DROP TABLE country_days;
                DROP INDEX events_dyad;
                CREATE INDEX events_dyad ON events (source_country, target_country, date);
                PRAGMA user_version = 1;
                """);
        }

        using (var store = SqliteEventStore.Open(path))
            AssertMeasuresAsEvents(store);

        using var upgraded = Connect(path);
        Assert.Equal(4L, Scalar(upgraded, "PRAGMA user_version"));
        Assert.Equal(1L, Scalar(upgraded, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'period_counts'"));
        Assert.Equal(6L, Scalar(upgraded, "SELECT COUNT(*) FROM pragma_index_info('events_dyad')"));
        AssertVolumesCounted(path);
    }

    [Fact]
    public async Task Open_UpgradedStoreMarkedVersion1_UpgradesAgainToTheSameStore()
    {
        var path = _temp.Path("twice.db");
        (await Filled("twice.db")).Dispose();
        using (var connection = Connect(path))
            Execute(connection, "PRAGMA user_version = 1");

        using (var store = SqliteEventStore.Open(path))
            AssertMeasuresAsEvents(store);

        using var upgraded = Connect(path);
        Assert.Equal(4L, Scalar(upgraded, "PRAGMA user_version"));
        AssertVolumesCounted(path);
    }

    [Fact]
    public async Task Open_SchemaVersion2Store_KeepsFilesAsSha256AndReingestCountsNothingTwice()
    {
        var path = _temp.Path("v2.db");
        (await Filled("v2.db")).Dispose();
        var files = ClickHouseMeasureTests.SameEvents.Files;
        using (var connection = Connect(path))
        {
            // The version 2 layout: SHA-256 hex in files.sha256, no file_volumes.
            foreach (var file in files)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "UPDATE files SET content_hash = @sha WHERE path = @path";
                command.Parameters.AddWithValue("@sha", ContentHash.LegacyOf(file)["sha256:".Length..]);
                command.Parameters.AddWithValue("@path", Path.GetFullPath(file));
                command.ExecuteNonQuery();
            }
            Execute(connection, """
                ALTER TABLE files RENAME COLUMN content_hash TO sha256;
                DROP TABLE file_volumes;
                PRAGMA user_version = 2;
                """);
        }

        using (var store = SqliteEventStore.Open(path))
        {
            Assert.All(store.Files(), f => Assert.StartsWith("sha256:", f.ContentHash));
            var again = await ClickHouseMeasureTests.SameEvents.Ingest(store, files[0]);
            Assert.True(again.SeenBefore);
            Assert.Equal(ContentHash.LegacyOf(files[0]), again.File.ContentHash);
            Assert.Equal(files.Length, store.Files().Count);
        }

        AssertVolumesCounted(path);
    }

    private static void AssertMeasuresAsEvents(SqliteEventStore store)
    {
        var everyEvent = new EventsOnlyStore(store);
        foreach (var drivers in new[] { 0, 1, 3 })
        {
            var parameters = new ObserverParameters { DriversPerPeriod = drivers };
            foreach (var (a, b) in new[] { ("USA", "CHN"), ("CHN", "USA"), ("USA", "RUS"), ("GBR", "USA") })
            {
                foreach (var frequency in new[] { Frequency.Day, Frequency.Month })
                {
                    var expected = PairObserver.FromStore(everyEvent, a, b, frequency, parameters);
                    var actual = PairObserver.FromStore(store, a, b, frequency, parameters);

                    Assert.NotEmpty(expected.Periods);
                    Assert.Equal(PairAccumulatorTests.Flatten(expected), PairAccumulatorTests.Flatten(actual));
                    Assert.Equal(DriverEvents(expected), DriverEvents(actual));
                }
            }
        }

        var (from, to) = (new DateOnly(2018, 5, 1), new DateOnly(2018, 5, 8));
        var defaults = new ObserverParameters();
        Assert.Equal(PairAccumulatorTests.Flatten(PairObserver.FromStore(everyEvent, "USA", "CHN", Frequency.Day, defaults, from, to)),
            PairAccumulatorTests.Flatten(PairObserver.FromStore(store, "USA", "CHN", Frequency.Day, defaults, from, to)));
    }

    // country_days against a count over the events table itself, for every country.
    private static void AssertVolumesCounted(string path)
    {
        using var connection = Connect(path);
        const string counted = """
            SELECT c.country, e.date, COUNT(*) FROM (SELECT source_country AS country FROM events UNION SELECT target_country FROM events) c
            JOIN events e ON e.source_country = c.country OR e.target_country = c.country
            WHERE c.country IS NOT NULL GROUP BY c.country, e.date ORDER BY 1, 2
            """;
        var expected = Rows(connection, counted);
        Assert.True(expected.Count > 100, "the fixtures should give many country days");
        Assert.Equal(expected, Rows(connection, "SELECT country, date, events FROM country_days ORDER BY 1, 2"));
    }

    private static List<string> DriverEvents(PairMeasurement m) =>
        m.Periods.SelectMany(p => p.Drivers).Select(d => EventStoreContract.Comparable(d.Event)).ToList();

    private async Task<SqliteEventStore> Filled(string name)
    {
        var store = SqliteEventStore.Open(_temp.Path(name));
        foreach (var file in ClickHouseMeasureTests.SameEvents.Files)
            await ClickHouseMeasureTests.SameEvents.Ingest(store, file);
        return store;
    }

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)} {reader.GetInt64(2)}");
        return rows;
    }

    public void Dispose() => _temp.Dispose();
}
