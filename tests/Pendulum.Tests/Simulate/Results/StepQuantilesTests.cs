using Pendulum.Simulate;

namespace Pendulum.Tests.Simulate;

public sealed class StepQuantilesTests
{
    [Fact]
    public void Quantile_ManyRandomValues_WithinHalfABinOfTheExactNearestRank()
    {
        var random = new Random(12345);
        var values = Enumerable.Range(0, 1001).Select(_ => random.NextDouble()).ToArray();
        var quantiles = new StepQuantiles(1, 1);
        var trace = new StepTrace(1, 1);
        foreach (var v in values)
        {
            trace.Series[0, StepSeries.MuAB, 0] = v;
            trace.Series[0, StepSeries.Position, 0] = 2 * v - 1;
            trace.Series[0, StepSeries.Crisis, 0] = (int)(v * 7);
            quantiles.Add(trace);
        }

        var sorted = values.Order().ToArray();
        foreach (var level in StepQuantiles.Levels)
        {
            var exact = sorted[(int)Math.Ceiling(level * sorted.Length) - 1];
            Assert.InRange(quantiles.Quantile(0, StepSeries.MuAB, 0, level), exact - StepQuantiles.BinWidth / 2, exact + StepQuantiles.BinWidth / 2);
            Assert.InRange(quantiles.Quantile(0, StepSeries.Position, 0, level), 2 * exact - 1 - StepQuantiles.BinWidth / 2, 2 * exact - 1 + StepQuantiles.BinWidth / 2);
            Assert.Equal((int)(exact * 7), quantiles.Quantile(0, StepSeries.Crisis, 0, level));
        }
    }

    [Fact]
    public void Merge_TwoHalves_EqualsAllAtOnce()
    {
        var all = new StepQuantiles(1, 1);
        var left = new StepQuantiles(1, 1);
        var right = new StepQuantiles(1, 1);
        var trace = new StepTrace(1, 1);
        for (var i = 0; i < 100; i++)
        {
            trace.Series[0, StepSeries.MuBA, 0] = i / 100.0;
            all.Add(trace);
            (i % 3 == 0 ? left : right).Add(trace);
        }

        left.Merge(right);

        Assert.Equal(all.NonZero(), left.NonZero());
        Assert.Equal(100, left.Runs);
    }

    [Fact]
    public void Table_EveryStepAndLevel_EqualsQuantile()
    {
        var scenario = ScenarioLoader.Load(TestScenarios.Shipped("us-china-base.yaml"), [new ScenarioOverride("step", "month")]);
        var steps = SimulationRunner.Run(scenario, new SimulationOptions { Runs = 37, Seed = 2 }).Steps!;

        for (var series = 0; series < StepSeries.Count; series++)
        {
            var table = steps.Table(0, series);
            for (var step = 0; step < steps.Steps; step++)
            {
                for (var l = 0; l < StepQuantiles.Levels.Count; l++)
                    Assert.Equal(steps.Quantile(0, series, step, StepQuantiles.Levels[l]), table[step, l]);
            }
        }
    }
}
