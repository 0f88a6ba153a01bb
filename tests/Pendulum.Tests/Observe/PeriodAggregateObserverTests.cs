using Pendulum.Belief;
using Pendulum.Events;
using Pendulum.Events.Aggregates;
using Pendulum.Observe;

namespace Pendulum.Tests.Observe;

public sealed class PeriodAggregateObserverTests
{
    private static readonly BeliefParameters Daily = new();

    [Fact]
    public void Over_OneDay_IsTheDailyChain()
    {
        var step = PeriodAggregateObserver.Over(Daily, 1);

        Assert.Equal(Daily.HazardTrustworthyToGreedy, step.HazardTrustworthyToGreedy, 15);
        Assert.Equal(Daily.HazardGreedyToTrustworthy, step.HazardGreedyToTrustworthy, 15);
    }

    [Fact]
    public void Over_AYear_EqualsStepping365PredictsAndKeepsThePrior()
    {
        var year = PeriodAggregateObserver.Over(Daily with { HazardGreedyToTrustworthy = 1.0 / 500 }, 365);
        var daily = Daily with { HazardGreedyToTrustworthy = 1.0 / 500 };
        var mu = 0.9;
        for (var d = 0; d < 365; d++)
            mu = BeliefFilter.Predict(mu, daily);

        Assert.Equal(mu, BeliefFilter.Predict(0.9, year), 12);
        Assert.Equal(daily.Prior, year.Prior, 12);
    }

    [Fact]
    public void Evidence_CountsWithoutGoldstein_UsesTheTypicalValueSpreadOverTheDays()
    {
        var count = new PeriodCount(PeriodCountColumns.IcewsDyadYearDataset, "USA", "JPN", new DateOnly(2002, 1, 1), Frequency.Year,
            [365 * 5, 0, 0, 365], null);
        var parameters = new EvidenceParameters();

        var evidence = PeriodAggregateObserver.Evidence(count, 365, parameters);

        var expected = 365 * (0.05 * (2.3 / 10) * (1 - Math.Exp(-1)) + 0.6 * (-53.7 / 7) / 10 * (1 - Math.Exp(-0.2)));
        Assert.Equal(expected, evidence, 9);
        Assert.Equal(0, PeriodAggregateObserver.Evidence(null, 365, parameters));
    }

    [Fact]
    public void TypicalGoldstein_IcewsScheme_IsTheMeanOfEachQuadClassRoots()
    {
        double[] expected = [2.3, 6.0, -3.8, -53.7 / 7];

        for (var q = 0; q < 4; q++)
            Assert.Equal(expected[q], TypicalGoldstein.Of((QuadClass)(q + 1), QuadClassScheme.Icews), 9);
    }
}
