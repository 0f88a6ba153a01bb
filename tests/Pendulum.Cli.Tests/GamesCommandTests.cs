using System.Text.Json;

namespace Pendulum.Cli.Tests;

public sealed class GamesCommandTests
{
    /// <summary>docs/model.md section 5 item 1 through the command line.</summary>
    [Fact]
    public async Task Tournament_AxelrodTutorialJson_PublishedScoresAndRanks()
    {
        var (exit, output, error) = await Cli.RunAsync("games", "tournament", "--players", "Cooperator,Defector,TitForTat,Grudger",
            "--turns", "10", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(
            [("Defector", 2.6, 1), ("TitForTat", 2.3, 2), ("Grudger", 2.3, 2), ("Cooperator", 2.0, 4)],
            json.RootElement.EnumerateArray().Select(e => (e.GetProperty("player").GetString(),
                e.GetProperty("mean_payoff_per_turn").GetDouble(), e.GetProperty("rank").GetInt32())));
    }

    [Fact]
    public async Task Tournament_Csv_HeaderAndOneRowPerPlayer()
    {
        var (exit, output, _) = await Cli.RunAsync("games", "tournament", "--players", "tft,alld,wsls", "--turns", "20",
            "--noise", "0.05", "--repetitions", "50", "--format", "csv");

        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(0, exit);
        Assert.Equal("player,mean_payoff_per_turn,rank", lines[0]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task Match_MonteCarloJson_IntervalHoldsTheExactValue()
    {
        string[] pairing = ["games", "match", "--a", "TitForTat", "--b", "TitForTat", "--turns", "200", "--noise", "0.01", "--format", "json"];

        var (_, exactOut, _) = await Cli.RunAsync([.. pairing, "--exact"]);
        var (exit, output, error) = await Cli.RunAsync([.. pairing, "--runs", "20000", "--seed", "1"]);

        Assert.True(exit == 0, error);
        using var exact = JsonDocument.Parse(exactOut);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("monte_carlo", json.RootElement.GetProperty("method").GetString());
        Assert.Equal("TitForTat", json.RootElement.GetProperty("a").GetString());
        Assert.Equal("TitForTat", json.RootElement.GetProperty("b").GetString());
        Assert.Equal(JsonValueKind.Null, exact.RootElement.GetProperty("side_a").GetProperty("ci95").ValueKind);
        var expected = exact.RootElement.GetProperty("side_a").GetProperty("mean_payoff_per_turn").GetDouble();
        Assert.Equal(2.460, Math.Round(expected, 3));
        foreach (var side in new[] { "side_a", "side_b" })
        {
            var ci = json.RootElement.GetProperty(side).GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            Assert.InRange(expected, ci[0], ci[1]);
        }
    }

    [Fact]
    public async Task Match_MonteCarloTable_ShowsTheIntervalInBrackets()
    {
        var (exit, output, error) = await Cli.RunAsync("games", "match", "--a", "TitForTat", "--b", "TitForTat", "--noise", "0.01", "--runs", "1000");

        Assert.True(exit == 0, error);
        Assert.Matches(@"TitForTat\s+\d\.\d+\s+\[\d\.\d+, \d\.\d+\]", output);
    }

    [Fact]
    public async Task Match_OneAndTwoThreads_IdenticalOutput()
    {
        string[] args = ["games", "match", "--a", "Grudger", "--b", "GTFT", "--noise", "0.05", "--runs", "20000", "--format", "json"];

        var (_, one, _) = await Cli.RunAsync([.. args, "--threads", "1"]);
        var (_, two, _) = await Cli.RunAsync([.. args, "--threads", "2"]);

        Assert.Contains("\"ci95\"", one, StringComparison.Ordinal);
        Assert.Equal(one, two);
    }

    [Fact]
    public async Task Match_UnknownStrategy_ExitsTwoListingKnownNames()
    {
        var (exit, _, error) = await Cli.RunAsync("games", "match", "--a", "TitForTat", "--b", "Tit4Tat");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("unknown strategy 'Tit4Tat'", error, StringComparison.Ordinal);
        Assert.Contains("ContriteTitForTat", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tournament_UnknownPlayer_ExitsTwoListingKnownNames()
    {
        var (exit, _, error) = await Cli.RunAsync("games", "tournament", "--players", "TitForTat,Bully");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--players: unknown strategy 'Bully'; known: Cooperator, Defector", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_ExactWithHistoryStrategy_ExitsTwoNamingIt()
    {
        var (exit, _, error) = await Cli.RunAsync("games", "match", "--a", "TitForTat", "--b", "Grudger", "--exact");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--exact: needs two memory-one strategies and Grudger is not", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--exact", "--runs", "100")]
    [InlineData("--exact", "--seed", "3")]
    [InlineData("--noise", "1.5")]
    [InlineData("--turns", "0")]
    [InlineData("--runs", "1")]
    [InlineData("--threads", "0")]
    public async Task Match_BadOptions_ExitsTwo(params string[] extra)
    {
        var (exit, _, error) = await Cli.RunAsync(["games", "match", "--a", "TitForTat", "--b", "TitForTat", .. extra]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("pendulum: ", error, StringComparison.Ordinal);
    }
}
