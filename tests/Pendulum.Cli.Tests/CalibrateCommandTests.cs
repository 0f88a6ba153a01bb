using System.Text.Json;
using Pendulum.Simulate;

namespace Pendulum.Cli.Tests;

public sealed class CalibrateCommandTests
{
    // A small budget: two parameters, three values each, two histories per candidate.
    private static readonly string[] Small = ["--fit", "incident_rate,core_rate", "--runs", "2", "--reference-runs", "4", "--threads", "2"];

    [Fact]
    public async Task Calibrate_ShippedRecordSmallBudget_WritesALoadableScenarioThatExtendsTheBase()
    {
        using var scratch = new Scratch();
        var fitted = scratch["fit.yaml"];

        var result = await Cli.RunAsync(["calibrate", "--dyad", "USA-CHN", "--out", fitted, "--format", "json", .. Small]);

        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        var scenario = ScenarioLoader.Load(fitted);
        var parameters = root.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetDouble());
        // The file keeps six significant digits (G6): compare within that, not by rounding at a fixed decimal place.
        Assert.Equal(parameters["incident_rate"], scenario.Pairs[0].Incidents.RatePerYear, 1e-5);
        Assert.Equal(parameters["core_rate"], scenario.Pairs[0].CoreInterest.RatePerYear, 1e-5);
        Assert.Equal(210, scenario.Pairs[0].CoreInterest.SuspensionMedianDays);
        Assert.Equal(18, root.GetProperty("record").GetProperty("incidents").GetArrayLength());
        Assert.Equal(47, root.GetProperty("history_years").GetInt32());
        Assert.Equal(18, root.GetProperty("candidates").GetInt32());
        Assert.Equal(7, root.GetProperty("moments").GetArrayLength());
        var text = await File.ReadAllTextAsync(fitted);
        Assert.Contains("# Seed 1; 2 runs of 47 years per grid candidate; 18 candidates", text, StringComparison.Ordinal);
        Assert.Contains("events: data/us-china/events.csv (SHA-256 ", text, StringComparison.Ordinal);
        Assert.Contains("\nextends: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("switch_to", text.Split("\nname: ")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibrate_Table_ShowsObservedAgainstSimulatedAndAVerdict()
    {
        using var scratch = new Scratch();

        var result = await Cli.RunAsync(["calibrate", "--dyad", "CHN-USA", "--out", scratch["fit.yaml"], .. Small]);

        Assert.Equal(0, result.Exit);
        Assert.Contains("incidents per year", result.Out, StringComparison.Ordinal);
        Assert.Contains("Objective ", result.Out, StringComparison.Ordinal);
        Assert.Matches("The (fit matches|model cannot match)", result.Out);
        Assert.Contains("switch_to_greedy was not fitted", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibrate_UnknownCountry_ExitsUsage()
    {
        var result = await Cli.RunAsync("calibrate", "--dyad", "USA-CHX");

        Assert.Equal(2, result.Exit);
        Assert.Contains("unknown country code 'CHX'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibrate_PairNotInTheScenario_ExitsUsage()
    {
        var result = await Cli.RunAsync("calibrate", "--dyad", "USA-RUS");

        Assert.Equal(2, result.Exit);
        Assert.Contains("has no pair USA-RUS", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibrate_UnknownParameter_ExitsUsage()
    {
        var result = await Cli.RunAsync("calibrate", "--dyad", "USA-CHN", "--fit", "incident_rates");

        Assert.Equal(2, result.Exit);
        Assert.Contains("unknown parameter 'incident_rates'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibrate_InvalidScenario_Exits65WithFileLineAndField()
    {
        using var scratch = new Scratch();
        var path = scratch["bad.yaml"];
        await File.WriteAllTextAsync(path, "states:\n  USA: {}\n  CHN: {}\npairs:\n  USA-CHN:\n    incidents: {rate_per_year: -1}\n");

        var result = await Cli.RunAsync("calibrate", "--dyad", "USA-CHN", "--scenario", path);

        Assert.Equal(65, result.Exit);
        Assert.Contains($"{path}:6: pairs.USA-CHN.incidents.rate_per_year", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibrate_MissingScenarioOrInput_Exits74()
    {
        var scenario = await Cli.RunAsync("calibrate", "--dyad", "USA-CHN", "--scenario", "no-such-scenario.yaml");
        var input = await Cli.RunAsync("calibrate", "--dyad", "USA-CHN", "--input", "no-such-events.csv");

        Assert.Equal((74, 74), (scenario.Exit, input.Exit));
    }
}
