using Pendulum.Events;
using Pendulum.Events.Readers;
using Pendulum.Ingest;
using Pendulum.Store;

namespace Pendulum.Tests.Store;

/// <summary>
/// What every store must do, run against SQLite and PostgreSQL alike: the same ingest gives the same rows,
/// re-ingest adds nothing, a bad file leaves nothing behind.
/// </summary>
public abstract partial class EventStoreContract : IDisposable
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    protected TempFolder Temp { get; } = new();

    protected abstract IEventStore OpenStore();

    protected static Task<IngestResult> Ingest(IEventStore store, string path, EventReaderOptions? reader = null) =>
        new EventIngester(store, Clock).IngestFileAsync(path, new IngestOptions { Reader = reader ?? new EventReaderOptions(), BatchSize = 500 });

    [Fact]
    public async Task IngestFileAsync_RealFile_StoresEveryEventAndRecordsTheFile()
    {
        using var store = OpenStore();

        var result = await Ingest(store, Fixtures.Gdelt2Second);

        Assert.Equal(3620, result.File.RowsInserted);
        Assert.Equal(3620, store.CountEvents());
        var file = Assert.Single(store.Files());
        Assert.Equal(Path.GetFullPath(Fixtures.Gdelt2Second), file.Path);
        Assert.Equal(new FileInfo(Fixtures.Gdelt2Second).Length, file.Size);
        Assert.Matches("^xxh128-4m:[0-9a-f]{32}$", file.ContentHash);
        Assert.Equal(ContentHash.Of(Fixtures.Gdelt2Second), file.ContentHash);
        Assert.Equal("gdelt", file.Format);
        Assert.Equal(Clock.GetUtcNow(), file.IngestedAt);
    }

    [Fact]
    public async Task IngestFileAsync_SameFileTwice_AddsZeroAndSaysSeenBefore()
    {
        using var store = OpenStore();
        await Ingest(store, Fixtures.Gdelt2First);

        var again = await Ingest(store, Fixtures.Gdelt2First);

        Assert.Equal(0, again.File.RowsInserted);
        Assert.True(again.SeenBefore);
        Assert.Equal(487, store.CountEvents());
        Assert.Single(store.Files());
    }

    [Fact]
    public async Task Files_OnePath_ReturnsThatPathsRecordsOldestFirst()
    {
        using var store = OpenStore();
        var path = Temp.Path("20180508.export.CSV");
        File.Copy(Fixtures.Gdelt2First, path);
        await Ingest(store, path);
        await Ingest(store, Fixtures.Gdelt2Second);
        File.Copy(Fixtures.Gdelt2Second, path, overwrite: true);
        await Ingest(store, path);

        var records = store.Files(Path.GetFullPath(path));

        Assert.Equal([ContentHash.Of(Fixtures.Gdelt2First), ContentHash.Of(Fixtures.Gdelt2Second)], records.Select(f => f.ContentHash));
        Assert.All(records, f => Assert.Equal(Path.GetFullPath(path), f.Path));
        Assert.Single(store.Files(Path.GetFullPath(Fixtures.Gdelt2Second)));
        Assert.Empty(store.Files(Temp.Path("never-ingested.CSV")));
        Assert.Equal(3, store.Files().Count);
    }

    [Fact]
    public async Task IngestFileAsync_ReexportOfStoredEvents_AddsNoDuplicates()
    {
        using var store = OpenStore();
        await Ingest(store, Fixtures.Gdelt2First);
        await Ingest(store, Fixtures.Gdelt2Second);

        var reexport = await Ingest(store, Fixtures.ReexportTruncated, new EventReaderOptions { Lenient = true });

        Assert.Equal(0, reexport.File.RowsInserted);
        Assert.Equal(4107, store.CountEvents());
    }

    [Fact]
    public async Task IngestFileAsync_BadRowLateInFile_StoresNothingFromThatFile()
    {
        using var store = OpenStore();
        var lines = File.ReadAllLines(Fixtures.Gdelt2Second);
        lines[^1] = Events.Readers.GdeltReaderTests.Replace(lines[^1], "SQLDATE", "2018XX08");
        var bad = Temp.Write("bad.CSV", string.Join('\n', lines) + "\n");

        var error = await Assert.ThrowsAsync<BadDataException>(() => Ingest(store, bad));

        Assert.Equal(3620, error.Line);
        Assert.Equal(0, store.CountEvents());
        Assert.Empty(store.Files());
    }

    [Fact]
    public async Task IngestFileAsync_ActorFilter_KeepsOnlyMatchingEventsAndRecordsFilter()
    {
        using var store = OpenStore();

        var result = await Ingest(store, Fixtures.Icews, new EventReaderOptions { Actors = new HashSet<string> { "USA", "CHN" } });

        Assert.Equal(result.File.RowsKept, store.CountEvents());
        Assert.Equal("CHN,USA", result.File.Actors);
        Assert.Equal(101, store.Events(new EventQuery("USA", "CHN")).Count());
    }

    [Fact]
    public async Task DailyVolume_ActorFilterBetween_CountsEveryRowTouchingTheCountryAsUnfiltered()
    {
        using var filtered = OpenStore();
        await Ingest(filtered, Fixtures.Gdelt2Second, new EventReaderOptions { Actors = new HashSet<string> { "USA", "CHN" } });
        var expected = Fixtures.ReadAll(Fixtures.Gdelt2Second).Events
            .Where(e => e.Source.Country == "USA" || e.Target.Country == "USA")
            .GroupBy(e => e.Date).OrderBy(g => g.Key).Select(g => (g.Key, (long)g.Count())).ToList();

        Assert.All(filtered.Events(new EventQuery("USA", "RUS")), _ => Assert.Fail("USA-RUS is not between the listed countries"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, filtered.DailyVolume("USA").ToList());
        Assert.Empty(filtered.DailyVolume("RUS"));
    }

    [Fact]
    public async Task IngestFileAsync_ReadAheadWhileTheFileBeforeCommits_StoresWhatOneByOneStores()
    {
        using var store = OpenStore();
        var reader = new EventReaderOptions { Actors = new HashSet<string> { "USA", "CHN" }, ActorMatch = ActorMatch.Touching };
        var options = new IngestOptions { Reader = reader };
        var ingester = new EventIngester(store, Clock);
        var kept = new[] { Fixtures.Gdelt2First, Fixtures.Gdelt2Second }.SelectMany(f => Fixtures.ReadAll(f, reader).Events).ToList();
        var expected = kept.Where(e => e.Source.Country is "USA" or "CHN" && e.Target.Country is "USA" or "CHN" && e.Source.Country != e.Target.Country)
            .Select(Comparable).Order(StringComparer.Ordinal).ToList();

        using var first = ingester.ReadAhead(Fixtures.Gdelt2First, options);
        using var second = ingester.ReadAhead(Fixtures.Gdelt2Second, options);
        var results = new[] { await ingester.IngestFileAsync(first), await ingester.IngestFileAsync(second) };

        Assert.NotEmpty(expected);
        Assert.Equal(expected, store.Events(new EventQuery("USA", "CHN")).Select(Comparable).Order(StringComparer.Ordinal));
        Assert.Equal(kept.Count, results.Sum(r => r.File.RowsInserted));
        Assert.Equal(kept.Count, store.CountEvents());
        Assert.Equal([ContentHash.Of(Fixtures.Gdelt2First), ContentHash.Of(Fixtures.Gdelt2Second)],
            store.Files().Select(f => f.ContentHash));
        Assert.Equal(
            new[] { Fixtures.Gdelt2First, Fixtures.Gdelt2Second }.Sum(f => Fixtures.ReadAll(f).Events.Count(e => e.Source.Country == "CHN" || e.Target.Country == "CHN")),
            store.DailyVolume("CHN").Sum(v => v.Events));
    }

    [Fact]
    public async Task DailyVolume_SameFileWithAnotherFilter_CountsNothingTwice()
    {
        using var store = OpenStore();
        await Ingest(store, Fixtures.Gdelt2Second, new EventReaderOptions { Actors = new HashSet<string> { "USA", "CHN" } });
        var once = store.DailyVolume("USA").ToList();

        await Ingest(store, Fixtures.Gdelt2Second);
        await Ingest(store, Fixtures.Gdelt2Second, new EventReaderOptions { Actors = new HashSet<string> { "USA" }, ActorMatch = ActorMatch.Touching });

        Assert.Equal(once, store.DailyVolume("USA").ToList());
        Assert.Equal(
            Fixtures.ReadAll(Fixtures.Gdelt2Second).Events.Count(e => e.Source.Country == "RUS" || e.Target.Country == "RUS"),
            store.DailyVolume("RUS").Sum(v => v.Events));
    }

    [Fact]
    public async Task Events_Dyad_ReturnsBothDirectionsInDateOrderRoundTripped()
    {
        using var store = OpenStore();
        await Ingest(store, Fixtures.ReexportChina);
        var expected = Fixtures.ReadAll(Fixtures.ReexportChina).Events
            .Where(Fixtures.IsUsaChina)
            .OrderBy(e => e.Date).ThenBy(e => e.Dataset, StringComparer.Ordinal).ThenBy(e => e.EventId, StringComparer.Ordinal)
            .ToList();

        var stored = store.Events(new EventQuery("USA", "CHN")).ToList();

        Assert.Equal(155, stored.Count);
        Assert.Equal(expected.Select(Comparable), stored.Select(Comparable));
    }

    [Fact]
    public async Task Events_DateRange_IsInclusive()
    {
        using var store = OpenStore();
        await Ingest(store, Fixtures.Icews);

        var first = store.Events(new EventQuery("USA", "CHN", new DateOnly(2018, 6, 1), new DateOnly(2018, 6, 1))).ToList();
        var all = store.Events(new EventQuery("CHN", "USA")).ToList();

        Assert.NotEmpty(first);
        Assert.All(first, e => Assert.Equal(new DateOnly(2018, 6, 1), e.Date));
        Assert.Equal(101, all.Count);
        Assert.True(first.Count < all.Count);
    }

    [Fact]
    public async Task Events_HandCodedEvent_RoundTripsAnnotations()
    {
        using var store = OpenStore();
        var path = Temp.Write("hand.csv", "date,source,target,cameo,channel,tags,description,reference\n"
            + "1998-06-27,USA,CHN,036,leader-summit,summit;state-visit,State visit,\"Pub, Title, 1998\"\n");
        await Ingest(store, path);

        var ev = Assert.Single(store.Events(new EventQuery("CHN", "USA")));

        Assert.Equal("leader-summit", ev.Channel);
        Assert.Equal(["summit", "state-visit"], ev.Tags);
        Assert.Equal("Pub, Title, 1998", ev.Reference);
        Assert.Null(ev.Tone);
    }

    [Fact]
    public async Task Pairs_TwoFiles_CountsEachUnorderedPairBothWaysWithItsDays()
    {
        using var store = OpenStore();
        await Ingest(store, Fixtures.Icews);
        await Ingest(store, Fixtures.Gdelt2Second);
        var events = Fixtures.ReadAll(Fixtures.Icews).Events.Concat(Fixtures.ReadAll(Fixtures.Gdelt2Second).Events)
            .Where(e => e.Source.Country is not null && e.Target.Country is not null && e.Source.Country != e.Target.Country)
            .ToList();
        var expected = events
            .GroupBy(e => string.CompareOrdinal(e.Source.Country, e.Target.Country) < 0 ? (e.Source.Country!, e.Target.Country!) : (e.Target.Country!, e.Source.Country!))
            .ToDictionary(g => g.Key, g => new PairSummary(g.Key.Item1, g.Key.Item2, g.Count(e => e.Source.Country == g.Key.Item1),
                g.Count(e => e.Source.Country == g.Key.Item2), g.Min(e => e.Date), g.Max(e => e.Date)));

        var pairs = store.Pairs();

        Assert.Equal(expected.Count, pairs.Count);
        Assert.All(pairs, p => Assert.Equal(expected[(p.CountryA, p.CountryB)], p));
        Assert.Equal(pairs.OrderByDescending(p => p.Events).Select(p => p.Events), pairs.Select(p => p.Events));
        var usaChina = Assert.Single(pairs, p => p is { CountryA: "CHN", CountryB: "USA" });
        Assert.Equal(events.Count(Fixtures.IsUsaChina), usaChina.Events);
    }

    [Fact]
    public void Pairs_EmptyStore_IsEmpty()
    {
        using var store = OpenStore();

        Assert.Empty(store.Pairs());
    }

    [Fact]
    public async Task IngestFileAsync_KeyTwiceInOneFile_StoresTheFirstCopyOnce()
    {
        using var store = OpenStore();
        var path = Temp.Write("twice.csv", "id,date,source,target,cameo,description\n"
            + "k1,2018-06-01,USA,CHN,036,first copy\nk2,2018-06-01,CHN,USA,036,other\nk1,2018-06-01,USA,CHN,036,second copy\n");

        var result = await Ingest(store, path);

        Assert.Equal(2, result.File.RowsInserted);
        Assert.Equal(2, store.CountEvents());
        Assert.Equal("first copy", store.Events(new EventQuery("USA", "CHN")).Single(e => e.EventId == "k1").Description);
    }

    // Records with list members compare by reference; compare a flat projection instead.
    internal static string Comparable(CodedEvent e) => (e with { Tags = [] }).ToString() + string.Join(';', e.Tags);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
            Temp.Dispose();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
