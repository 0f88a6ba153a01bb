using Pendulum.Internals;

namespace Pendulum.Tests.Internals;

public sealed class Xoshiro256StarStarTests
{
    [Fact]
    public void NextUInt64_SeedZero_MatchesReferenceSequence()
    {
        // Computed independently from Blackman and Vigna's reference C code (SplitMix64 seeding, then xoshiro256**).
        var random = new Xoshiro256StarStar(0);
        ulong[] expected = [0x99ec5f36cb75f2b4UL, 0xbf6e1f784956452aUL, 0x1a5f849d4933e6e0UL];

        Assert.Equal(expected, new[] { random.NextUInt64(), random.NextUInt64(), random.NextUInt64() });
    }

    [Fact]
    public void ForRun_NeighbouringRunsAndSeeds_StartFromUnrelatedStates()
    {
        var firsts = new HashSet<ulong>();
        for (ulong seed = 0; seed < 4; seed++)
        {
            for (var run = 0L; run < 1000; run++)
            {
                var random = Xoshiro256StarStar.ForRun(seed, run);
                firsts.Add(random.NextUInt64());
            }
        }

        Assert.Equal(4000, firsts.Count);
    }

    [Fact]
    public void ForRun_SameSeedAndRun_GivesTheSameSequence()
    {
        var a = Xoshiro256StarStar.ForRun(7, 123);
        var b = Xoshiro256StarStar.ForRun(7, 123);

        for (var i = 0; i < 10; i++)
            Assert.Equal(a.NextUInt64(), b.NextUInt64());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.01)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Below_ManyDraws_HoldsWithTheThresholdsProbability(double p)
    {
        var random = new Xoshiro256StarStar(3);
        var threshold = Xoshiro256StarStar.Threshold(p);
        const int draws = 200_000;
        var hits = 0;

        for (var i = 0; i < draws; i++)
            hits += random.Below(threshold) ? 1 : 0;

        // Five binomial standard deviations; exact at 0 and 1.
        var sd = Math.Sqrt(draws * p * (1 - p));
        Assert.InRange(hits, draws * p - 5 * sd, draws * p + 5 * sd);
    }
}
