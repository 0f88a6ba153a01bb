using System.Text.Json;
using Pendulum.Simulate;

namespace Pendulum.Cli.Tests;

public sealed class CalibrateCommandTests
{
    // A small budget: two parameters, three histories per candidate, at most four candidates, three profile points.
    private static readonly string[] Small = ["--fit", "incident_rate,core_rate", "--runs", "3", "--max-evaluations", "4", "--profile-points", "3", "--threads", "2"];

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
        Assert.Equal(3, root.GetProperty("runs").GetInt32());
        Assert.Equal(8, root.GetProperty("moments").GetArrayLength());
        var text = await File.ReadAllTextAsync(fitted);
        Assert.Contains("# Seed 1; 3 histories of 47 years per candidate, the same run seeds for every one;", text, StringComparison.Ordinal);
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
        Assert.Contains("5-95% of histories", result.Out, StringComparison.Ordinal);
        Assert.Contains("Objective ", result.Out, StringComparison.Ordinal);
        Assert.Contains("Held-out check: fitted to 1979-2000", result.Out, StringComparison.Ordinal);
        Assert.Matches("(Every one of the 8 observed moments lies within|Not matched: [1-8] of 8 observed moments lie outside)", result.Out);
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

    [Fact]
    public async Task Calibrate_ShippedRecordSmallBudget_JsonMatchesTheGoldenFile()
    {
        using var scratch = new Scratch();
        var fitted = scratch["fit.yaml"];

        var result = await Cli.RunAsync(["calibrate", "--dyad", "USA-CHN", "--out", fitted, "--format", "json", .. Small]);

        Assert.Equal(0, result.Exit);
        Golden.Check("calibrate-usa-chn-small.json", result.Out.Replace(Path.GetDirectoryName(fitted)!, "SCRATCH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calibrate_Json_EveryMomentHasItsRangeAndIsMatchedOrNot_AndTheHoldoutHasTheSameShape()
    {
        using var scratch = new Scratch();

        var result = await Cli.RunAsync(["calibrate", "--dyad", "USA-CHN", "--out", scratch["fit.yaml"], "--format", "json", .. Small]);

        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        foreach (var moment in root.GetProperty("moments").EnumerateArray().Concat(root.GetProperty("holdout").EnumerateArray()))
        {
            var observed = moment.GetProperty("observed").GetDouble();
            var (p5, p95) = (moment.GetProperty("simulated_p5").GetDouble(), moment.GetProperty("simulated_p95").GetDouble());
            Assert.True(p5 <= moment.GetProperty("simulated_mean").GetDouble() || p5 <= p95);
            Assert.Equal(observed >= p5 && observed <= p95, moment.GetProperty("matched").GetBoolean());
        }

        Assert.Equal(2000, root.GetProperty("holdout_year").GetInt32());
        Assert.Equal(8, root.GetProperty("holdout").GetArrayLength());
        Assert.All(root.GetProperty("parameters").EnumerateArray(), p => _ = (p.GetProperty("path").GetString(), p.GetProperty("value").GetDouble(), p.GetProperty("at_bound").GetBoolean()));
        var profile = await File.ReadAllLinesAsync(scratch["fit-profile.csv"]);
        Assert.Equal("parameter,path,value,objective,at_fit", profile[0]);
        Assert.Equal(1 + 2 * 3, profile.Length);
    }

    [Fact]
    public async Task Calibrate_InputFileWithABadRow_Exits65WithFileAndLineAndWritesNothing()
    {
        using var scratch = new Scratch();
        var events = scratch["events.csv"];
        var lines = await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "data", "us-china", "events.csv"));
        await File.WriteAllLinesAsync(events, [.. lines.Take(30), "uc-bad,2001-13-45,USA,CHN,190,,incident,a row with a bad date,ref,,,GOV,GOV,checked"]);

        var result = await Cli.RunAsync(["calibrate", "--dyad", "USA-CHN", "--input", events, "--out", scratch["out/fit.yaml"], .. Small]);

        Assert.Equal(65, result.Exit);
        Assert.Contains($"{events}:31: ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch["out"]));
    }

    [Fact]
    public async Task Calibrate_InputOtherRecord_CalibratesToItWithoutTheShippedChannels()
    {
        using var scratch = new Scratch();
        var events = scratch["events.csv"];
        var lines = await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "data", "us-china", "events.csv"));
        // The record's rows of 1995 to 2012 only: another record of the same pair.
        await File.WriteAllLinesAsync(events, [lines[0], .. lines.Skip(1).Where(l => string.CompareOrdinal(l.Split(',')[1], "1995") >= 0 && string.CompareOrdinal(l.Split(',')[1], "2013") < 0)]);

        var result = await Cli.RunAsync(["calibrate", "--dyad", "USA-CHN", "--input", events, "--out", scratch["fit.yaml"], "--format", "json", .. Small]);

        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Out);
        var record = json.RootElement.GetProperty("record");
        Assert.StartsWith("1995-", record.GetProperty("from").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2012-", record.GetProperty("to").GetString(), StringComparison.Ordinal);
        Assert.Contains("suspension_median_days is not in the record (no declared channels for the pair)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibrate_HoldoutYearBeyondTheRecord_SaysWhyThereIsNoCheck()
    {
        using var scratch = new Scratch();

        var result = await Cli.RunAsync(["calibrate", "--dyad", "USA-CHN", "--out", scratch["fit.yaml"], "--format", "json", "--holdout", "2030", .. Small]);

        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("holdout").ValueKind);
        Assert.StartsWith("no held-out check: the record (1979-01-01 .. 2025-11-30) does not reach both sides of the end of 2030",
            json.RootElement.GetProperty("holdout_note").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--profile-points", "4")]
    [InlineData("--runs", "1")]
    [InlineData("--max-evaluations", "0")]
    public async Task Calibrate_BudgetOutOfRange_ExitsUsageAndWritesNothing(string option, string value)
    {
        using var scratch = new Scratch();

        var result = await Cli.RunAsync("calibrate", "--dyad", "USA-CHN", "--out", scratch["out/fit.yaml"], option, value);

        Assert.Equal(2, result.Exit);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch["out"]));
    }
}
