using Pendulum.ClickHouse;
using Pendulum.Events;
using Pendulum.Ingest;
using Pendulum.Observe;
using Pendulum.Store;

namespace Pendulum.Tests.Store.ClickHouse;

/// <summary>
/// A shard that is down, crashes mid-ingest or restarts: a clear error rather than a partial answer, a retried file
/// stored once, nothing acknowledged lost. Each test restarts the shard it stopped before it ends.
/// </summary>
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClickHouseOutageTests : IDisposable
{
    private const int SecondFileEvents = 3620;

    private readonly TestCluster.Databases _databases = new();

    [Fact]
    public async Task Query_ShardDown_FailsWithTheServersErrorInsteadOfAPartialAnswer()
    {
        using var store = _databases.Open();
        await Ingest(store, Fixtures.Gdelt2Second);

        TestCluster.Kill(2);
        InputOutputException count, measure;
        try
        {
            count = Assert.Throws<InputOutputException>(() => store.CountEvents());
            measure = Assert.Throws<InputOutputException>(() => ManyPairs.FromStore(store, ["USA", "CHN", "RUS"], Frequency.Month, new ObserverParameters(), null, null));
        }
        finally
        {
            TestCluster.Start(2);
        }

        Assert.Contains("Connection refused", count.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"ClickHouse at {store.Connection.Nodes[0].Authority} answered 500: Code: 279", measure.Reason, StringComparison.Ordinal);
        Assert.Equal(SecondFileEvents, store.CountEvents());
    }

    [Fact]
    public void Open_FirstNodeDown_SaysItCannotReachIt()
    {
        var connection = _databases.New();

        TestCluster.Kill(1);
        InputOutputException error;
        try
        {
            error = Assert.Throws<InputOutputException>(() => ClickHouseEventStore.Open(connection));
        }
        finally
        {
            TestCluster.Start(1);
        }

        Assert.StartsWith($"cannot reach ClickHouse at {connection.Nodes[0].Authority}", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_ShardDownMidIngest_FailsAndIngestingAgainStoresEachEventOnce()
    {
        using var store = _databases.Open();
        var events = Fixtures.ReadAll(Fixtures.Gdelt2Second).Events;
        var writer = store.BeginWrite();
        writer.Add(events);

        TestCluster.Kill(2);
        try
        {
            Assert.Throws<InputOutputException>(() => writer.Commit(Record(Fixtures.Gdelt2Second), []));
        }
        finally
        {
            writer.Dispose();
            TestCluster.Start(2);
        }

        // 18.16 writes no shard's rows when one is refused at the start; later failures can leave some (next test).
        var landed = store.CountEvents();
        Assert.InRange(landed, 0, SecondFileEvents - 1);
        Assert.Empty(store.Files());

        var retry = await Ingest(store, Fixtures.Gdelt2Second);

        Assert.Equal(SecondFileEvents - landed, retry.File.RowsInserted);
        Assert.Equal(SecondFileEvents, store.CountEvents());
        Assert.Single(store.Files());
    }

    [Fact]
    public async Task Ingest_RetryAfterACommitThatLeftPartOfTheFile_StoresOnlyTheRest()
    {
        using var store = _databases.Open();
        var events = Fixtures.ReadAll(Fixtures.Gdelt2Second).Events;
        // What a commit that failed part-way leaves: some of the file's events in the Distributed table, no file record.
        var partial = new RowBinaryWriter();
        foreach (var e in events.Where((_, i) => i % 3 == 0))
            partial.WriteRow(EventColumns.Values(e), ClickHouseSchema.EventNullable);
        store.First.Insert($"{store.Database}.{ClickHouseSchema.Events}", EventColumns.Names, partial.Bytes);

        var retry = await Ingest(store, Fixtures.Gdelt2Second);

        Assert.Equal(SecondFileEvents - partial.Rows, retry.File.RowsInserted);
        Assert.Equal(SecondFileEvents, store.CountEvents());
        Assert.Equal(SecondFileEvents, store.PairTallies(new PairSetQuery(Countries(events))).Sum(t => t.Count) + Unpaired(events));
    }

    private static string[] Countries(IEnumerable<CodedEvent> events) =>
        events.SelectMany(e => new[] { e.Source.Country, e.Target.Country }).OfType<string>().Distinct().ToArray();

    // Events the pair sums leave out: no country on a side, or the same country on both.
    private static int Unpaired(IEnumerable<CodedEvent> events) =>
        events.Count(e => e.Source.Country is null || e.Target.Country is null || e.Source.Country == e.Target.Country);

    [Fact]
    public async Task Restart_ShardKilledRightAfterIngest_KeepsEveryAcknowledgedEvent()
    {
        using var store = _databases.Open();
        await Ingest(store, Fixtures.Gdelt2First);
        await Ingest(store, Fixtures.Gdelt2Second);
        var before = store.Events(new EventQuery("USA", "CHN")).Select(e => e.EventId).ToList();

        TestCluster.Kill(2);
        TestCluster.Start(2);

        Assert.Equal(4107, store.CountEvents());
        Assert.Equal(before, store.Events(new EventQuery("USA", "CHN")).Select(e => e.EventId));
        Assert.Equal(2, store.Files().Count);
    }

    private static IngestedFile Record(string path) =>
        new(Path.GetFullPath(path), 1, new string('0', 64), "gdelt", "test", "", 0, 0, 0, 0, 0, 0, 0, 0, DateTimeOffset.UnixEpoch);

    private static Task<IngestResult> Ingest(IEventStore store, string file) =>
        new EventIngester(store, TimeProvider.System).IngestFileAsync(file, new IngestOptions());

    public void Dispose() => _databases.Dispose();
}
