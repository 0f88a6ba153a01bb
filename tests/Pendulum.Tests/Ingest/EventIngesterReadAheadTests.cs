using Pendulum.Events.Readers;
using Pendulum.Ingest;
using Pendulum.Store;
using Pendulum.Tests.Store;

namespace Pendulum.Tests.Ingest;

/// <summary>
/// Reading a file ahead of its turn must change nothing but when the reading happens: the same records, events,
/// volumes and errors as ingesting the file by its path, and nothing in the store before its turn.
/// </summary>
public sealed class EventIngesterReadAheadTests : IDisposable
{
    private static readonly IngestOptions UsaChina = new()
    {
        Reader = new EventReaderOptions { Actors = new HashSet<string>(StringComparer.Ordinal) { "USA", "CHN" } },
    };

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task IngestFileAsync_ReadAheadSmallGdeltFile_SameRecordAsByPath(bool zipped)
    {
        var path = zipped ? _temp.Zip("20180508001500.export.CSV.zip", ("20180508001500.export.CSV", File.ReadAllText(Fixtures.Gdelt2Second)))
            : Fixtures.Gdelt2Second;
        using var byPath = SqliteEventStore.Open(_temp.Path("by-path.db"));
        using var readAhead = SqliteEventStore.Open(_temp.Path("read-ahead.db"));
        var expected = await new EventIngester(byPath, TimeProvider.System).IngestFileAsync(path, UsaChina);
        var ingester = new EventIngester(readAhead, TimeProvider.System);

        using var file = ingester.ReadAhead(path, UsaChina);
        var result = await ingester.IngestFileAsync(file);

        Assert.True(expected.File.RowsKept > 0);
        Assert.Equal(expected.File with { IngestedAt = default }, result.File with { IngestedAt = default });
        Assert.Equal((expected.Report.File, expected.Report.RowsRead, expected.Report.RowsFilteredOut),
            (result.Report.File, result.Report.RowsRead, result.Report.RowsFilteredOut));
        Assert.Equal(byPath.Events(new EventQuery("USA", "CHN")).Select(EventStoreContract.Comparable),
            readAhead.Events(new EventQuery("USA", "CHN")).Select(EventStoreContract.Comparable));
        Assert.Equal(byPath.DailyVolume("USA"), readAhead.DailyVolume("USA"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ReadAheadQueue_ThreeFiles_TakenInOrderAsByPath(int depth)
    {
        string[] files = [Fixtures.Gdelt2First, _temp.Zip("b.CSV.zip", ("b.CSV", File.ReadAllText(Fixtures.Gdelt2Second))), Fixtures.Gdelt2Second];
        using var byPath = SqliteEventStore.Open(_temp.Path("by-path.db"));
        using var readAhead = SqliteEventStore.Open(_temp.Path("read-ahead.db"));
        var expected = new List<IngestResult>();
        foreach (var file in files)
            expected.Add(await new EventIngester(byPath, TimeProvider.System).IngestFileAsync(file, UsaChina));
        var ingester = new EventIngester(readAhead, TimeProvider.System);

        var results = new List<IngestResult>();
        using (var queue = ingester.ReadAhead(files, UsaChina, depth))
        {
            while (queue.HasNext)
            {
                using var next = queue.Next();
                results.Add(await ingester.IngestFileAsync(next));
            }

            Assert.Throws<InvalidOperationException>(() => queue.Next());
        }

        Assert.Equal(expected.Select(r => (r.Report.File, r.File.RowsInserted, r.SeenBefore)),
            results.Select(r => (r.Report.File, r.File.RowsInserted, r.SeenBefore)));
        Assert.Equal(byPath.Files().Select(f => (f.Path, f.ContentHash)), readAhead.Files().Select(f => (f.Path, f.ContentHash)));
        Assert.Equal(byPath.DailyVolume("CHN"), readAhead.DailyVolume("CHN"));
    }

    [Fact]
    public async Task ReadAhead_DisposedBeforeItsTurn_StoresNothing()
    {
        using var store = SqliteEventStore.Open(_temp.Path("store.db"));
        var ingester = new EventIngester(store, TimeProvider.System);

        var file = ingester.ReadAhead(Fixtures.Gdelt2Second, UsaChina);
        await Task.Delay(50);
        file.Dispose();
        file.Dispose();

        Assert.Equal(0, store.CountEvents());
        Assert.Empty(store.Files());
    }

    [Fact]
    public async Task IngestFileAsync_ReadAheadSameFileTwice_AddsZeroAndSaysSeenBefore()
    {
        using var store = SqliteEventStore.Open(_temp.Path("store.db"));
        var ingester = new EventIngester(store, TimeProvider.System);
        using var first = ingester.ReadAhead(Fixtures.Gdelt2Second, UsaChina);
        using var second = ingester.ReadAhead(Fixtures.Gdelt2Second, UsaChina);

        var once = await ingester.IngestFileAsync(first);
        var again = await ingester.IngestFileAsync(second);

        Assert.Equal((0L, true), (again.File.RowsInserted, again.SeenBefore));
        Assert.Equal(once.File.RowsKept, store.CountEvents());
        Assert.Single(store.Files());
    }

    [Fact]
    public async Task IngestFileAsync_ReadAheadOfABadFile_FailsAsByPathAndStoresNothing()
    {
        var good = File.ReadAllText(Fixtures.Gdelt2Second);
        var path = _temp.Write("bad.export.CSV", good + "123\t20180508\tnot enough columns\n");
        using var store = SqliteEventStore.Open(_temp.Path("store.db"));
        var ingester = new EventIngester(store, TimeProvider.System);
        var expected = await Assert.ThrowsAsync<BadDataException>(() => ingester.IngestFileAsync(path, UsaChina));

        using var file = ingester.ReadAhead(path, UsaChina);
        var error = await Assert.ThrowsAsync<BadDataException>(() => ingester.IngestFileAsync(file));

        Assert.Equal((expected.Message, expected.Line), (error.Message, error.Line));
        Assert.Equal(0, store.CountEvents());
    }

    [Fact]
    public async Task IngestFileAsync_ReadAheadWithoutActors_IsReadInItsTurn()
    {
        using var store = SqliteEventStore.Open(_temp.Path("store.db"));
        var ingester = new EventIngester(store, TimeProvider.System);
        using var file = ingester.ReadAhead(Fixtures.Gdelt2Second, new IngestOptions());

        var result = await ingester.IngestFileAsync(file);

        Assert.Equal(3620, result.File.RowsInserted);
    }
}
