using Pendulum.Simulate;

namespace Pendulum.Tests.Simulate;

public sealed class ComparisonRunnerTests
{
    // Incidents four times a year and uncertain types, so the outcomes move from run to run.
    private static Scenario Small(string channels = "{hotline: {}, strategic-dialogue: {}}") =>
        TestScenarios.Parse(TestScenarios.Yaml(pair: $"channels: {channels}\nincidents: {{rate_per_year: 4}}", trustworthyPrior: 0.5));

    [Fact]
    public void Run_ScenarioAgainstItself_EveryPairedDifferenceIsZero()
    {
        var scenario = Small();

        var result = ComparisonRunner.Run([("a", scenario), ("b", scenario)], new SimulationOptions { Runs = 6, Seed = 11, StepQuantiles = false });

        // Run r of each scenario draws from the same stream, so the same scenario twice gives the same runs.
        var rows = Assert.Single(result.Differences).Rows;
        Assert.Contains(rows, r => r.A.Mean > 0);
        Assert.All(rows.Where(r => r.Difference.Runs > 0), r => Assert.Equal(0, r.Difference.Mean));
        Assert.Equal((6, false, "a", "b"), (result.Runs, result.Cancelled, result.Differences[0].A, result.Differences[0].B));
    }

    [Fact]
    public void Run_DifferentScenarios_MatchesTheirSeparateRuns()
    {
        var a = Small();
        var b = Small("{strategic-dialogue: {}}");
        var options = new SimulationOptions { Runs = 5, Seed = 4, StepQuantiles = false };

        var result = ComparisonRunner.Run([("with hotline", a), ("without", b)], options);

        var alone = SimulationRunner.Run(b, options);
        var shareDistrust = Outcome.All.First(o => o.Name == "share_distrust");
        Assert.Equal(alone.Outcomes.Get("USA-CHN", shareDistrust).Mean,
            result.Differences[0].Rows.First(r => r.Outcome == shareDistrust).B.Mean, 12);
    }

    [Fact]
    public void Run_CancelledBeforeItStarts_StopsAfterTheFirstAndSaysSo()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var scenario = Small();

        var result = ComparisonRunner.Run([("a", scenario), ("b", scenario)], new SimulationOptions { Runs = 4 }, cancel: cancel.Token);

        Assert.True(result.Cancelled);
        Assert.Single(result.Scenarios);
        Assert.Empty(result.Differences);
    }

    [Fact]
    public void Run_NoSharedPair_IsAUsageError()
    {
        var usaChina = Small();
        var other = TestScenarios.Parse(TestScenarios.Yaml().Replace("USA-CHN:", "CHN-USA:", StringComparison.Ordinal));

        var e = Assert.Throws<UsageException>(() => ComparisonRunner.Run([("a", usaChina), ("b", other)], new SimulationOptions { Runs = 2 }));

        Assert.Contains("share no pair", e.Message);
    }
}
