namespace Pendulum.Cli.Tests;

public sealed class ReportCommandTests
{
    private static readonly string[] Fixtures =
    [
        Cli.Fixture("gdelt/20180508000000.export.CSV"), Cli.Fixture("icews/events.2018.sample.tab"), Cli.Fixture("gdelt/reexport-chn-2018-01-05.csv"),
    ];

    [Fact]
    public async Task Report_FixturesAndTwoScenarios_WritesOneSelfContainedPageWithEveryChart()
    {
        using var scratch = new Scratch();

        var (exit, output, error) = await Cli.RunAsync(["report", "--dyad", "USA-CHN", "--input", .. Fixtures,
            "--scenario", "scenarios/us-china-base.yaml", "scenarios/us-china-no-hotline.yaml", "--runs", "20", "--out", scratch["report"]]);

        Assert.True(exit == 0, error);
        var html = await File.ReadAllTextAsync(scratch["report/index.html"]);
        Assert.Contains(scratch["report/index.html"], output, StringComparison.Ordinal);
        foreach (var section in new[] { "Where the pair stood", "Crises", "Channels", "What if", "us-china-no-hotline" })
            Assert.Contains(section, html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<svg").Length - 1); // position, channels, fans
        Assert.Contains("2018-01-05", html, StringComparison.Ordinal);
        // Nothing to fetch: no script, stylesheet or image from anywhere, and no address but the SVG namespace.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal).Split("http").Skip(1));
    }

    [Fact]
    public async Task Report_NoScenario_LeavesOutTheWhatIfSection()
    {
        using var scratch = new Scratch();

        var (exit, _, error) = await Cli.RunAsync(["report", "--dyad", "CHN-USA", "--input", .. Fixtures, "--freq", "week", "--out", scratch.Root]);

        Assert.True(exit == 0, error);
        var html = await File.ReadAllTextAsync(scratch["index.html"]);
        Assert.Contains("CHN - USA", html, StringComparison.Ordinal);
        Assert.DoesNotContain("What if", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USA-CHX", "unknown country code 'CHX'")]
    [InlineData("USA-ZWE", "no events between USA and ZWE")]
    public async Task Report_BadPair_ExitsWithUsageErrorNamingIt(string dyad, string message)
    {
        using var scratch = new Scratch();

        var (exit, _, error) = await Cli.RunAsync(["report", "--dyad", dyad, "--input", .. Fixtures, "--out", scratch.Root]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(scratch["index.html"]));
    }

    [Fact]
    public async Task Report_StoreThatDoesNotExist_ExitsWithIoErrorAndCreatesNothing()
    {
        using var scratch = new Scratch();

        var (exit, _, error) = await Cli.RunAsync(["report", "--dyad", "USA-CHN", "--db", scratch["missing.db"], "--out", scratch["out"]]);

        Assert.Equal(ExitCodes.IoError, exit);
        Assert.Contains("no such store", error, StringComparison.Ordinal);
        Assert.False(File.Exists(scratch["missing.db"]));
    }

    [Fact]
    public async Task Report_MalformedScenario_ExitsWithBadDataNamingFileAndLine()
    {
        using var scratch = new Scratch();
        await File.WriteAllTextAsync(scratch["bad.yaml"], "extends: " + Path.Combine(AppContext.BaseDirectory, "scenarios", "us-china-base.yaml") + "\nyears: many\n");

        var (exit, _, error) = await Cli.RunAsync(["report", "--dyad", "USA-CHN", "--input", .. Fixtures, "--scenario", scratch["bad.yaml"], "--out", scratch.Root]);

        Assert.Equal(ExitCodes.DataError, exit);
        Assert.Contains("bad.yaml:2: years:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_DbAndInputTogether_ExitsWithUsageError()
    {
        using var scratch = new Scratch();

        var (exit, _, error) = await Cli.RunAsync(["report", "--dyad", "USA-CHN", "--db", scratch["x.db"], "--input", Fixtures[0], "--out", scratch.Root]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--input", error, StringComparison.Ordinal);
    }
}
