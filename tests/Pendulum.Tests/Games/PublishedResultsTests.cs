using Pendulum.Games;

namespace Pendulum.Tests.Games;

/// <summary>The published results of docs/model.md section 5 that have closed forms or exact chains.</summary>
public sealed class PublishedResultsTests
{
    [Fact]
    public void OptimalGenerosity_AxelrodPayoffs_IsOneThird()
    {
        Assert.Equal(1.0 / 3, ClosedForms.OptimalGenerosity(Payoffs.Axelrod), 12);
    }

    [Theory]
    [InlineData("TitForTat", 0.01, 2.460)]
    [InlineData("TitForTat", 0.05, 2.290)]
    [InlineData("GenerousTitForTat", 0.01, 2.971)]
    [InlineData("GenerousTitForTat", 0.05, 2.861)]
    [InlineData("WinStayLoseShift", 0.01, 2.951)]
    [InlineData("WinStayLoseShift", 0.05, 2.777)]
    public void ExpectedPayoffPerTurn_SelfPlayWithNoise200Turns_MatchesPublishedValue(string name, double noise, double expected)
    {
        var strategy = name switch
        {
            "TitForTat" => MemoryOneStrategy.TitForTat,
            "GenerousTitForTat" => MemoryOneStrategy.GenerousTitForTat(),
            _ => MemoryOneStrategy.WinStayLoseShift,
        };

        var (a, b) = MarkovMatch.ExpectedPayoffPerTurn(strategy, strategy, 200, noise);

        Assert.Equal(expected, Math.Round(a, 3));
        Assert.Equal(a, b, 12);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.05)]
    public void ExpectedPayoffPerTurn_TitForTatLongRun_TendsToMeanOfPayoffs(double noise)
    {
        var (a, _) = MarkovMatch.ExpectedPayoffPerTurn(MemoryOneStrategy.TitForTat, MemoryOneStrategy.TitForTat, 200_000, noise);

        Assert.Equal(2.25, a, 2);
    }

    [Fact]
    public void ExpectedPayoffPerTurn_NoNoise_IsTheDeterministicMatch()
    {
        var (tft, defector) = MarkovMatch.ExpectedPayoffPerTurn(MemoryOneStrategy.TitForTat, MemoryOneStrategy.Defector, 10);

        Assert.Equal(0.9, tft, 12);   // S once, then P nine times
        Assert.Equal(1.4, defector, 12); // T once, then P nine times
    }

    [Fact]
    public void KyddThreshold_Defaults_IsOneHalf()
    {
        Assert.Equal(0.5, ClosedForms.KyddThreshold(), 12);
    }

    [Fact]
    public void FearonOptimalDemand_PublishedExample_GivesPointSixAndOneThird()
    {
        var (demand, war) = ClosedForms.FearonOptimalDemand(p: 0.5, costA: 0.1, maxCostB: 0.3);

        Assert.Equal(0.6, demand, 12);
        Assert.Equal(1.0 / 3, war, 12);
        Assert.Equal((0.4, 0.8), ClosedForms.FearonBargainingRange(0.5, 0.1, 0.3));
    }

    [Fact]
    public void RichardsonEquilibrium_StableSystem_SolvesBothEquationsAtRest()
    {
        var (x, y, stable) = ClosedForms.RichardsonEquilibrium(a: 0.3, b: 0.2, m: 0.5, n: 0.4, g: 1, h: 2);

        Assert.True(stable);
        Assert.Equal(0, 0.3 * y - 0.5 * x + 1, 12);
        Assert.Equal(0, 0.2 * x - 0.4 * y + 2, 12);
    }

    [Fact]
    public void RichardsonEquilibrium_ReactionsStrongerThanFatigue_IsUnstable()
    {
        Assert.False(ClosedForms.RichardsonEquilibrium(a: 0.9, b: 0.8, m: 0.5, n: 0.4, g: 1, h: 1).Stable);
    }
}
