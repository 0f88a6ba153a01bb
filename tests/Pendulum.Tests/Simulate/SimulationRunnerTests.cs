using Pendulum.Simulate;

namespace Pendulum.Tests.Simulate;

public sealed class SimulationRunnerTests
{
    private static Scenario Monthly() => ScenarioLoader.Load(TestScenarios.Shipped("us-china-base.yaml"),
        [new ScenarioOverride("step", "month")]);

    [Fact]
    public void Run_OneAndThreeThreads_SameRunsInSameOrderAndSameQuantiles()
    {
        var scenario = Monthly();
        var one = new List<RunSummary>();
        var three = new List<RunSummary>();

        var a = SimulationRunner.Run(scenario, new SimulationOptions { Runs = 60, Seed = 5, Threads = 1 }, s => one.AddRange(s));
        var b = SimulationRunner.Run(scenario, new SimulationOptions { Runs = 60, Seed = 5, Threads = 3 }, s => three.AddRange(s));

        Assert.Equal(one, three);
        Assert.Equal(Enumerable.Range(0, 60).Select(i => (long)i), one.Select(r => r.Run));
        for (var step = 0; step < scenario.StepCount; step += 7)
        {
            for (var series = 0; series < StepSeries.Count; series++)
                Assert.Equal(a.Steps!.Quantile(0, series, step, 0.25), b.Steps!.Quantile(0, series, step, 0.25));
        }

        foreach (var outcome in Outcome.All)
            Assert.Equal(a.Outcomes.Get("USA-CHN", outcome), b.Outcomes.Get("USA-CHN", outcome));
        Assert.Equal(a.Calibration.Rows(), b.Calibration.Rows());
    }

    [Fact]
    public void Run_CancelledMidway_KeepsAnUnbrokenPrefixOfRuns()
    {
        using var cancel = new CancellationTokenSource();
        var seen = new List<long>();

        var result = SimulationRunner.Run(Monthly(), new SimulationOptions { Runs = 1000, Threads = 2 }, s =>
        {
            seen.Add(s[0].Run);
            if (seen.Count == 10)
                cancel.Cancel();
        }, cancel: cancel.Token);

        Assert.True(result.Cancelled);
        Assert.InRange(result.RunsCompleted, 10, 999);
        Assert.Equal(Enumerable.Range(0, result.RunsCompleted).Select(i => (long)i), seen);
        Assert.Equal(result.RunsCompleted, result.Steps!.Runs);
    }

    [Fact]
    public void Run_DifferentSeeds_DifferentRuns()
    {
        var a = new List<RunSummary>();
        var b = new List<RunSummary>();

        SimulationRunner.Run(Monthly(), new SimulationOptions { Runs = 5, Seed = 1 }, s => a.AddRange(s));
        SimulationRunner.Run(Monthly(), new SimulationOptions { Runs = 5, Seed = 2 }, s => b.AddRange(s));

        Assert.NotEqual(a.Select(r => r.FinalMuAB), b.Select(r => r.FinalMuAB));
    }
}
