using Pendulum.Internals;
using Pendulum.Scan;

namespace Pendulum.Tests.Scan;

public sealed class KeyCountsTests
{
    [Fact]
    public void Increment_ManyKeysPastSeveralGrowths_CountsAsADictionary()
    {
        var random = new RandomStream(11);
        var counts = new KeyCounts();
        var expected = new Dictionary<long, long>();
        for (var i = 0; i < 200_000; i++)
        {
            // Day numbers times three countries, as the scanner makes them, plus 0 and a far key.
            var key = i % 1000 == 0 ? (i % 2000 == 0 ? 0 : long.MaxValue - 1) : 739_000L * 3 + random.NextInt(30_000);
            counts.Increment(key);
            expected[key] = expected.GetValueOrDefault(key) + 1;
        }

        Assert.Equal(expected.OrderBy(e => e.Key).Select(e => (e.Key, e.Value)), counts.Entries().OrderBy(e => e.Key));
    }

    [Fact]
    public void Entries_NothingCounted_IsEmpty() => Assert.Empty(new KeyCounts().Entries());
}
