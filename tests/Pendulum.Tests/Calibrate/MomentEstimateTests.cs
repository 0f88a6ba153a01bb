using Pendulum.Calibrate;

namespace Pendulum.Tests.Calibrate;

public sealed class MomentEstimateTests
{
    [Fact]
    public void Of_OneToTwentyOne_GivesMeanSpreadAndTheType7Percentiles()
    {
        var values = Enumerable.Range(1, 21).Select(v => (double)v).Reverse().ToList();

        var estimate = MomentEstimate.Of(values);

        Assert.Equal(11, estimate.Mean, 12);
        Assert.Equal(Math.Sqrt(38.5), estimate.Spread, 12);
        Assert.Equal(21, estimate.Histories);
        Assert.Equal(2, estimate.P5, 12);   // 1 + 0.05 x 20
        Assert.Equal(20, estimate.P95, 12);
        Assert.True(estimate.Covers(2));
        Assert.False(estimate.Covers(1.5));
        Assert.False(estimate.Covers(20.5));
    }

    [Fact]
    public void Of_NoHistories_CoversNothing()
    {
        var estimate = MomentEstimate.Of([]);

        Assert.Equal(0, estimate.Histories);
        Assert.False(estimate.Covers(0));
    }
}
