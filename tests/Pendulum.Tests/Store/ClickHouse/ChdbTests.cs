using Pendulum.ClickHouse;
using Pendulum.Ingest;
using Pendulum.Store;

namespace Pendulum.Tests.Store.ClickHouse;

/// <summary>The chdb test classes run one after another, as the one engine behind them answers one statement at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ChdbCollection
{
    public const string Name = "ClickHouse on chdb";
}

/// <summary>
/// The store contract on the current ClickHouse engine (npm's chdb, engine 26.x, one server without a cluster): every
/// statement of the store but the cluster check and the Distributed DDL. Plus what changed since 18.16: dates before
/// 1970 kept as <c>Date32</c>.
/// </summary>
[Collection(ChdbCollection.Name)]
public sealed class ChdbEventStoreTests : EventStoreContract
{
    private readonly TestCluster.Databases _databases = new(TestCluster.Chdb);

    protected override IEventStore OpenStore() => _databases.Open();

    [Fact]
    public async Task Events_BeforeAndAfter1970_KeepTheirDaysAsDate32()
    {
        using var store = _databases.Open();
        var path = Temp.Write("old.csv", "id,date,source,target,cameo,description\n"
            + "k1,1949-10-01,CHN,USA,036,founding\nk2,1972-02-21,USA,CHN,036,visit\nk3,2018-06-01,USA,CHN,036,recent\n");

        await new EventIngester(store, TimeProvider.System).IngestFileAsync(path, new IngestOptions());

        Assert.True(((ClickHouseEventStore)store).Date32);
        Assert.Equal([new DateOnly(1949, 10, 1), new DateOnly(1972, 2, 21), new DateOnly(2018, 6, 1)],
            store.Events(new EventQuery("USA", "CHN")).Select(e => e.Date));
        Assert.Equal([(new DateOnly(1949, 10, 1), 1L)], store.DailyVolume("CHN", new DateOnly(1900, 1, 1), new DateOnly(1969, 12, 31)));
        Assert.Single(store.Events(new EventQuery("USA", "CHN", new DateOnly(1949, 10, 1), new DateOnly(1949, 10, 1))));
    }

    [Fact]
    public void Open_CurrentEngine_IsOneServerOfVersion26OrLater()
    {
        using var store = (ClickHouseEventStore)_databases.Open();
        using var rows = store.First.Query("SELECT version()");
        var version = rows.Read()![0]!;

        Assert.StartsWith("ClickHouse server ", store.Description, StringComparison.Ordinal);
        Assert.True(int.Parse(version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture) >= 26, version);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _databases.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>The schema upgrade's statements on the current engine.</summary>
[Collection(ChdbCollection.Name)]
public sealed class ChdbUpgradeTests() : ClickHouseUpgradeTests(TestCluster.Chdb);

/// <summary>The volume bookkeeping's statements on the current engine.</summary>
[Collection(ChdbCollection.Name)]
public sealed class ChdbVolumesTests() : ClickHouseVolumesTests(TestCluster.Chdb);
