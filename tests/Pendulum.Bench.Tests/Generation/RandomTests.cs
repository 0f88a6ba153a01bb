using Pendulum.Bench.Generation;
using Pendulum.Internals;

namespace Pendulum.Bench.Tests.Generation;

public class RandomTests
{
    [Fact]
    public void NextUInt64_Seed42_MatchesReferenceSequence()
    {
        // xoshiro256** seeded by SplitMix64, computed independently with the reference algorithm.
        var random = new Xoshiro256StarStar(42);

        Assert.Equal(0x15780b2e0c2ec716UL, random.NextUInt64());
        Assert.Equal(0x6104d9866d113a7eUL, random.NextUInt64());
        Assert.Equal(0xae17533239e499a1UL, random.NextUInt64());
    }

    [Fact]
    public void NextInt_SmallBound_StaysInRangeAndHitsEveryValue()
    {
        var random = new RandomStream(7);
        var seen = new int[7];

        for (var i = 0; i < 7_000; i++)
        {
            seen[random.NextInt(7)]++;
        }

        Assert.All(seen, count => Assert.InRange(count, 850, 1_150));
    }

    [Fact]
    public void Sample_ManyDraws_FollowTheWeights()
    {
        var table = new AliasTable([1.0, 0.0, 3.0, 6.0]);
        var random = new RandomStream(1);
        var counts = new int[4];

        for (var i = 0; i < 100_000; i++)
        {
            counts[table.Sample(random)]++;
        }

        Assert.InRange(counts[0], 9_000, 11_000);
        Assert.Equal(0, counts[1]);
        Assert.InRange(counts[2], 28_500, 31_500);
        Assert.InRange(counts[3], 58_500, 61_500);
    }
}
