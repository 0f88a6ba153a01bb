using Pendulum.ClickHouse;
using Pendulum.Events;
using Pendulum.Events.Readers;
using Pendulum.Ingest;
using Pendulum.Store;

namespace Pendulum.Tests.Store.ClickHouse;

/// <summary>
/// Daily volumes in the ClickHouse store: kept per file content in <c>file_volumes</c>, each (content, country, day)
/// entry once, and summed over contents when read.
/// </summary>
[Collection(ClickHouseClusterCollection.Name)]
public class ClickHouseVolumesTests : IDisposable
{
    private static readonly DateOnly May8 = new(2018, 5, 8);
    private static readonly DateOnly May9 = new(2018, 5, 9);

    private readonly TestCluster.Databases _databases;

    public ClickHouseVolumesTests()
        : this(null)
    {
    }

    /// <param name="server">The server the tests run on (see <see cref="TestCluster.Databases"/>).</param>
    protected ClickHouseVolumesTests(Func<ClickHouseConnectionString>? server) => _databases = new(server);

    [Fact]
    public void Commit_SameContentAgain_AddsOnlyEntriesItDidNotHave()
    {
        using var store = _databases.Open();
        Commit(store, Record("/data/a.csv", "xxh128-4m:" + new string('a', 32)), [new("USA", May8, 5), new("CHN", May8, 3)]);

        // The same content under another path, with one entry kept already (its 7 must not replace the 5) and one new.
        Commit(store, Record("/data/copy-of-a.csv", "xxh128-4m:" + new string('a', 32)), [new("USA", May8, 7), new("USA", May9, 2)]);

        Assert.Equal([(May8, 5L), (May9, 2L)], store.DailyVolume("USA"));
        Assert.Equal([(May8, 3L)], store.DailyVolume("CHN"));
    }

    [Fact]
    public void DailyVolume_TwoContents_SumsThemPerDayWithinTheRange()
    {
        using var store = _databases.Open();
        Commit(store, Record("/data/a.csv", "xxh128-4m:" + new string('a', 32)), [new("USA", May8, 5), new("USA", May9, 1)]);
        Commit(store, Record("/data/b.csv", "xxh128-4m:" + new string('b', 32)), [new("USA", May8, 4), new("RUS", May8, 6)]);

        Assert.Equal([(May8, 9L), (May9, 1L)], store.DailyVolume("USA"));
        Assert.Equal([(May9, 1L)], store.DailyVolume("USA", from: May9));
        Assert.Equal([(May8, 9L)], store.DailyVolume("USA", to: May8));
        Assert.Equal(
            [new CountryDayVolume("RUS", May8, 6), new CountryDayVolume("USA", May8, 9)],
            store.DailyVolumes(["USA", "RUS"], May8, May8).OrderBy(v => v.Country, StringComparer.Ordinal));
    }

    [Fact]
    public async Task IngestFileAsync_ActorFilterThenNone_CountsEveryRowOfTheFileOnce()
    {
        using var store = _databases.Open();
        var ingester = new EventIngester(store, TimeProvider.System);
        var all = Fixtures.ReadAll(Fixtures.Gdelt2Second).Events;

        // The filter keeps the events between USA and RUS, but counts every row that touches either.
        var filter = new EventReaderOptions { Actors = new HashSet<string> { "USA", "RUS" } };
        await ingester.IngestFileAsync(Fixtures.Gdelt2Second, new IngestOptions { Reader = filter });
        var rusAfterFilter = store.DailyVolume("RUS").ToList();
        var chnAfterFilter = store.DailyVolume("CHN").ToList();
        await ingester.IngestFileAsync(Fixtures.Gdelt2Second, new IngestOptions());

        Assert.True(CountedFromEvents(all, "RUS").Sum(v => v.Events) > all.Count(e => (e.Source.Country, e.Target.Country) is ("USA", "RUS") or ("RUS", "USA")));
        Assert.Equal(CountedFromEvents(all, "RUS"), rusAfterFilter);
        Assert.Empty(chnAfterFilter);
        Assert.Equal(CountedFromEvents(all, "RUS"), store.DailyVolume("RUS"));
        Assert.Equal(CountedFromEvents(all, "USA"), store.DailyVolume("USA"));
        Assert.Equal(CountedFromEvents(all, "CHN"), store.DailyVolume("CHN"));
    }

    /// <summary>What a country's volume is by definition: events where it is source or target, once when both.</summary>
    internal static List<(DateOnly Date, long Events)> CountedFromEvents(IEnumerable<CodedEvent> events, string country) =>
        events.Where(e => e.Source.Country == country || e.Target.Country == country)
            .GroupBy(e => e.Date)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, (long)g.Count()))
            .ToList();

    private static void Commit(IEventStore store, IngestedFile file, IReadOnlyCollection<CountryDayVolume> volumes)
    {
        using var writer = store.BeginWrite();
        writer.Commit(file, volumes);
    }

    private static IngestedFile Record(string path, string contentHash) =>
        new(path, 1, contentHash, "pendulum", "test", "", 0, 0, 0, 0, 0, 0, 0, 0, DateTimeOffset.UnixEpoch);

    public void Dispose()
    {
        _databases.Dispose();
        GC.SuppressFinalize(this);
    }
}
