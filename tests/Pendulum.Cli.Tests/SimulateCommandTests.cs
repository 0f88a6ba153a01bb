namespace Pendulum.Cli.Tests;

public sealed class SimulateCommandTests
{
    private static readonly string[] Files = ["runs.csv", "steps.csv", "steps.json", "summary.csv", "calibration.csv"];

    private static string Base => Path.Combine("scenarios", "us-china-base.yaml");

    [Fact]
    public async Task Simulate_OneAndTwoThreads_WriteByteIdenticalFiles()
    {
        using var scratch = new Scratch();

        var one = await Cli.RunAsync("simulate", Base, "--runs", "24", "--seed", "9", "--threads", "1", "--out", scratch["one"]);
        var two = await Cli.RunAsync("simulate", Base, "--runs", "24", "--seed", "9", "--threads", "2", "--out", scratch["two"]);

        Assert.Equal((0, 0), (one.Exit, two.Exit));
        foreach (var file in Files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(scratch["one"], file)), File.ReadAllBytes(Path.Combine(scratch["two"], file)));
        Assert.Equal(25, File.ReadAllLines(Path.Combine(scratch["one"], "runs.csv")).Length);
        Assert.Equal(3654, File.ReadAllLines(Path.Combine(scratch["one"], "steps.csv")).Length);
        Assert.Contains("time in distrust", one.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_ThreeShards_ReproducesTheSingleMachineFiles()
    {
        using var scratch = new Scratch();
        var single = await Cli.RunAsync("simulate", Base, "--runs", "10", "--seed", "4", "--out", scratch["single"]);
        foreach (var k in new[] { 3, 1, 2 })
            Assert.Equal(0, (await Cli.RunAsync("simulate", Base, "--runs", "10", "--seed", "4", "--threads", "1", "--shard", $"{k}/3", "--out", scratch[$"s{k}"])).Exit);

        var merged = await Cli.RunAsync("merge", scratch["s2"], scratch["s3"], scratch["s1"], "--out", scratch["merged"]);

        Assert.Equal((0, 0), (single.Exit, merged.Exit));
        foreach (var file in Files)
            Assert.Equal(File.ReadAllText(Path.Combine(scratch["single"], file)), File.ReadAllText(Path.Combine(scratch["merged"], file)));
    }

    [Fact]
    public async Task Simulate_Events_WritesOneRecordPerRun()
    {
        using var scratch = new Scratch();

        var result = await Cli.RunAsync("simulate", Base, "--runs", "3", "--out", scratch["out"], "--events", scratch["events"], "--density", "record");

        Assert.Equal(0, result.Exit);
        Assert.Equal(["run-000000.csv", "run-000001.csv", "run-000002.csv"], Directory.GetFiles(scratch["events"]).Select(Path.GetFileName).Order());
        Assert.StartsWith("id,date,source,target,cameo,goldstein,channel,tags,description,reference",
            File.ReadLines(Path.Combine(scratch["events"], "run-000000.csv")).First(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--events", "used", 2, "exists and is not empty")]
    [InlineData("--density", "tv", 2, "tv")]
    public async Task Simulate_BadEventsOption_FailsBeforeAnyRun(string option, string value, int exit, string message)
    {
        using var scratch = new Scratch();
        Directory.CreateDirectory(scratch["used"]);
        await File.WriteAllTextAsync(Path.Combine(scratch["used"], "keep.txt"), "x");
        var arguments = option == "--events"
            ? new[] { "simulate", Base, "--runs", "2", "--out", scratch["out"], "--events", scratch[value] }
            : ["simulate", Base, "--runs", "2", "--out", scratch["out"], "--events", scratch["new"], "--density", value];

        var result = await Cli.RunAsync(arguments);

        Assert.Equal(exit, result.Exit);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch["out"]));
    }

    [Fact]
    public async Task Merge_MissingShard_IsAUsageError()
    {
        using var scratch = new Scratch();
        await Cli.RunAsync("simulate", Base, "--runs", "4", "--shard", "1/2", "--out", scratch["s1"]);

        var merged = await Cli.RunAsync("merge", scratch["s1"], "--out", scratch["merged"]);

        Assert.Equal(2, merged.Exit);
        Assert.Contains("shards 1 to 2", merged.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_InvalidScenario_Exits65WithFileLineAndField()
    {
        using var scratch = new Scratch();
        var path = scratch["bad.yaml"];
        await File.WriteAllTextAsync(path, "states:\n  USA: {}\n  CHN: {}\npairs:\n  USA-CHN:\n    rapport: 1.5\n");

        var result = await Cli.RunAsync("simulate", path, "--runs", "2", "--out", scratch["out"]);

        Assert.Equal(65, result.Exit);
        Assert.Contains($"{path}:6: pairs.USA-CHN.rapport: 1.5 is out of range", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch["out"]));
    }

    [Fact]
    public async Task Simulate_MissingScenario_Exits74()
    {
        var result = await Cli.RunAsync("simulate", "no-such-scenario.yaml", "--runs", "2");

        Assert.Equal(74, result.Exit);
    }

    [Fact]
    public async Task Compare_BaseAgainstNoHotline_ReportsPairedDifferences()
    {
        var result = await Cli.RunAsync("compare", Base, Path.Combine("scenarios", "us-china-no-hotline.yaml"), "--runs", "20", "--format", "json");

        Assert.Equal(0, result.Exit);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var outcomes = json.RootElement.GetProperty("outcomes").EnumerateArray().ToList();
        Assert.Equal(20, json.RootElement.GetProperty("runs").GetInt32());
        Assert.Contains(outcomes, o => o.GetProperty("outcome").GetString() == "top_rung");
        // Each number is rounded to 6 decimals on its own (NumberFormat.Json), so the three agree to within 1.5e-6.
        Assert.All(outcomes.Where(o => o.GetProperty("difference").ValueKind == System.Text.Json.JsonValueKind.Number), o =>
            Assert.Equal(o.GetProperty("mean_b").GetDouble() - o.GetProperty("mean_a").GetDouble(), o.GetProperty("difference").GetDouble(), 5));
    }

    [Fact]
    public async Task Sweep_TwoByTwoGrid_WritesEveryCombination()
    {
        using var scratch = new Scratch();

        var result = await Cli.RunAsync("sweep", Base, "--vary", "incidents.rate_per_year=0.5,2", "--vary", "step=month,day",
            "--runs", "5", "--out", scratch["sweep"]);

        Assert.Equal(0, result.Exit);
        var lines = File.ReadAllLines(Path.Combine(scratch["sweep"], "sweep.csv"));
        Assert.Equal("incidents.rate_per_year,step,pair,outcome,mean,ci_low,ci_high,runs", lines[0]);
        Assert.Equal(1 + 4 * Pendulum.Simulate.Outcome.All.Count, lines.Length);
        Assert.StartsWith("0.5,month,USA-CHN,share_distrust,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_BadValue_FailsBeforeAnyRun()
    {
        using var scratch = new Scratch();

        var result = await Cli.RunAsync("sweep", Base, "--vary", "crisis.hotline_reveal=0.5,7", "--runs", "5", "--out", scratch["sweep"]);

        Assert.Equal(65, result.Exit);
        Assert.Contains("--vary: crisis.hotline_reveal: 7 is out of range", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch["sweep"]));
    }
}
