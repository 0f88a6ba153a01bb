using Pendulum.Store;
using Pendulum.Web.Store;

namespace Pendulum.Web.Tests.Store;

public sealed class StoreReaderTests(SharedStore shared)
{
    [Fact]
    public async Task CachedAsync_ManyMissesOnOneKeyAtOnce_ComputeItOnce()
    {
        using var reader = new StoreReader(new Source(shared.Store.Path));
        using var gate = new ManualResetEventSlim();
        var computed = 0;

        var requests = Enumerable.Range(0, 12).Select(_ => reader.CachedAsync("key", store =>
        {
            Interlocked.Increment(ref computed);
            gate.Wait();
            return store.Pairs();
        }, _ => 1, CancellationToken.None)).ToList();
        gate.Set();
        var answers = await Task.WhenAll(requests);

        Assert.Equal(1, computed);
        Assert.All(answers, a => Assert.Same(answers[0], a));
    }

    [Fact]
    public async Task CachedAsync_StampChanges_ComputesAgain()
    {
        var source = new Source(shared.Store.Path);
        using var reader = new StoreReader(source);
        var computed = 0;
        Task<string> Ask() => reader.CachedAsync("key", _ => $"answer {Interlocked.Increment(ref computed)}", _ => 1, CancellationToken.None);

        var first = await Ask();
        var again = await Ask();
        source.StampValue = "after an ingest";
        var fresh = await Ask();

        Assert.Equal("answer 1", first);
        Assert.Equal("answer 1", again);
        Assert.Equal("answer 2", fresh);
    }

    private sealed class Source(string path) : IStoreSource
    {
        public string StampValue { get; set; } = "before";

        public IEventStore Open() => SqliteEventStore.Open(path);

        public string Stamp() => StampValue;
    }
}
