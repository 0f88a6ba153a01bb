using System.Text.Json;

namespace Pendulum.Cli.Tests;

public sealed class AuditCommandTests
{
    private static string Base => Path.Combine("scenarios", "us-china-base.yaml");

    [Fact]
    public async Task Audit_Json_HasOneObjectPerMechanismAndOutcomeWithTheDocumentedNames()
    {
        var result = await Cli.RunAsync("audit", Base, "--runs", "20", "--mechanism", "hotline_crisis_reveal", "--mechanism", "joint_projects", "--format", "json");

        Assert.Equal(0, result.Exit);
        var rows = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(2 * Simulate.Outcome.All.Count, rows.Count);
        foreach (var name in (string[])["mechanism", "outcome", "expected_sign", "difference", "ci_low", "ci_high", "agrees"])
            Assert.All(rows, r => Assert.True(r.TryGetProperty(name, out _), name));
        var topRung = rows.Single(r => r.GetProperty("mechanism").GetString() == "hotline_crisis_reveal" && r.GetProperty("outcome").GetString() == "top_rung");
        Assert.Equal(1, topRung.GetProperty("expected_sign").GetInt32());
        var projects = rows.Single(r => r.GetProperty("mechanism").GetString() == "joint_projects" && r.GetProperty("outcome").GetString() == "belief_brier");
        Assert.Equal(JsonValueKind.Null, projects.GetProperty("expected_sign").ValueKind);
    }

    [Fact]
    public async Task Audit_UnknownMechanism_IsAUsageErrorBeforeAnyRun()
    {
        var result = await Cli.RunAsync("audit", Base, "--mechanism", "hotline", "--runs", "5");

        Assert.Equal(2, result.Exit);
        Assert.Contains("unknown mechanism 'hotline'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("runs/s", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sensitivity_Json_RanksEveryParameterPerOutcome()
    {
        var result = await Cli.RunAsync("sensitivity", Base, "--method", "morris", "--trajectories", "2", "--runs", "4",
            "--range", "incidents.rate_per_year=0.5:2", "--format", "json");

        Assert.Equal(0, result.Exit);
        var rows = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        var crises = rows.Where(r => r.GetProperty("outcome").GetString() == "crises_per_decade").ToList();
        Assert.Contains(crises, r => r.GetProperty("parameter").GetString() == "incidents.rate_per_year");
        Assert.Equal(Enumerable.Range(1, crises.Count), crises.Select(r => r.GetProperty("rank").GetInt32()).Order());
        Assert.All(rows, r => Assert.True(r.TryGetProperty("mu_star", out _) && r.TryGetProperty("sigma", out _)));
    }

    [Theory]
    [InlineData("incidents.rate_per_year=2:1", 2, "LOW must be below HIGH")]
    [InlineData("incidents.rate=1:2", 65, "--range: incidents.rate: unknown field")]
    [InlineData("incidents.rate_per_year", 2, "is not PATH=LOW:HIGH")]
    public async Task Sensitivity_BadRange_FailsBeforeAnyRun(string range, int exit, string message)
    {
        var result = await Cli.RunAsync("sensitivity", Base, "--method", "morris", "--range", range, "--runs", "4");

        Assert.Equal(exit, result.Exit);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("runs/s", result.Error, StringComparison.Ordinal);
    }
}
