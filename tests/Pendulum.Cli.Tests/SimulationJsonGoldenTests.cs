namespace Pendulum.Cli.Tests;

/// <summary>
/// The whole JSON of <c>simulate</c>, <c>compare</c> and <c>games</c> for small seeded runs, against committed files
/// (Golden/; regenerate with PENDULUM_UPDATE_GOLDEN=1, as <see cref="Golden"/> says, and review the diff).
/// </summary>
public sealed class SimulationJsonGoldenTests
{
    private static string Scenario(string name) => Path.Combine("scenarios", name);

    [Fact]
    public async Task Simulate_BaseScenarioFourRuns_MatchesGoldenJson()
    {
        using var scratch = new Scratch();

        var (exit, output, error) = await Cli.RunAsync("simulate", Scenario("us-china-base.yaml"), "--runs", "4", "--seed", "3",
            "--format", "json", "--out", scratch["out"]);

        Assert.True(exit == 0, error);
        Golden.Check("simulate-us-china-base.json", output);
    }

    [Fact]
    public async Task Compare_BaseAgainstNoHotlineFourRuns_MatchesGoldenJson()
    {
        var (exit, output, error) = await Cli.RunAsync("compare", Scenario("us-china-base.yaml"), Scenario("us-china-no-hotline.yaml"),
            "--runs", "4", "--seed", "3", "--format", "json");

        Assert.True(exit == 0, error);
        Golden.Check("compare-us-china-base-no-hotline.json", output);
    }

    [Fact]
    public async Task GamesTournament_NoisyRoundRobin_MatchesGoldenJson()
    {
        var (exit, output, error) = await Cli.RunAsync("games", "tournament", "--players", "TitForTat,Grudger,WSLS,Defector",
            "--turns", "50", "--noise", "0.05", "--repetitions", "20", "--seed", "5", "--format", "json");

        Assert.True(exit == 0, error);
        Golden.Check("games-tournament.json", output);
    }

    [Theory]
    [InlineData("games-match-monte-carlo.json", "--runs", "200")]
    [InlineData("games-match-exact.json", "--exact", "")]
    public async Task GamesMatch_TitForTatAgainstWsls_MatchesGoldenJson(string golden, string how, string runs)
    {
        string[] args = ["games", "match", "--a", "TitForTat", "--b", "WSLS", "--turns", "100", "--noise", "0.02", how, runs, "--format", "json"];

        var (exit, output, error) = await Cli.RunAsync([.. args.Where(a => a.Length > 0)]);

        Assert.True(exit == 0, error);
        Golden.Check(golden, output);
    }
}
