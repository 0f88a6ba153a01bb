namespace Pendulum.Cli.Tests;

/// <summary>An SQLite store holding the real GDELT 2.0 slices and ICEWS sample of tests/fixtures, built once.</summary>
public sealed class FixtureStore : IDisposable
{
    private readonly Scratch _scratch = new();

    public FixtureStore()
    {
        Db = _scratch["fixtures.db"];
        string[] files =
        [
            "gdelt/20180508000000.export.CSV", "gdelt/20180508001500.export.CSV", "gdelt/reexport-chn-2018-01-05.csv",
            "icews/events.2018.sample.tab",
        ];
        var (exit, _, error) = Cli.RunAsync(["ingest", .. files.Select(Cli.Fixture), "--db", Db]).GetAwaiter().GetResult();
        if (exit != 0)
            throw new InvalidOperationException("fixture ingest failed: " + error);
    }

    public string Db { get; }

    public void Dispose() => _scratch.Dispose();
}

public sealed class PairCommandsTests(FixtureStore store) : IClassFixture<FixtureStore>
{
    private static string Declared => Path.Combine(AppContext.BaseDirectory, "Golden", "declared-usa-chn.yaml");

    [Theory]
    [InlineData("channels-usa-chn.json", "channels")]
    [InlineData("channels-usa-chn-declared.json", "channels", "--declared", "DECLARED")]
    [InlineData("crises-usa-chn.json", "crises")]
    [InlineData("crises-usa-chn-declared.json", "crises", "--from", "2018-01-01", "--declared", "DECLARED")]
    public async Task PairCommand_RealFixtures_JsonMatchesGolden(string golden, params string[] args)
    {
        var (exit, output, error) = await Cli.RunAsync(
            [.. args.Select(a => a == "DECLARED" ? Declared : a), "--dyad", "USA-CHN", "--format", "json", "--db", store.Db]);

        Assert.True(exit == 0, error);
        Golden.Check(golden, output);
    }

    [Fact]
    public async Task Crises_RealFixtures_FindsTheJanuaryBurstWithItsTriggersEndingOnRecovery()
    {
        var (_, output, _) = await Cli.RunAsync("crises", "--dyad", "CHN-USA", "--format", "csv", "--db", store.Db);

        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("start,peak,end,days,ongoing,unresolved,severity,excess_intensity,mu_drop,peak_intensity,trigger,triggers,suspended_channels", lines[0]);
        // One day of reports of military force, then mu takes until May to come back within 0.05 of its level before.
        Assert.StartsWith("2018-01-05,2018-01-05,2018-05-07,123,false,false,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",intensity,gdelt:", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task Channels_Csv_OneRowPerChangeWithDocumentedHeader()
    {
        var (_, output, _) = await Cli.RunAsync("channels", "--dyad", "USA-CHN", "--format", "csv", "--db", store.Db);

        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("channel,kind,declared,date,status,reason,event_count,events", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("strategic-dialogue,strategic-dialogue,false,2018-01-05,active,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("channels")]
    [InlineData("crises")]
    public async Task PairCommand_PairWithoutEvents_SaysSoAndPrintsNoEntries(string command)
    {
        var (exit, output, error) = await Cli.RunAsync(command, "--dyad", "USA-FRA", "--from", "2018-01-01", "--to", "2018-01-31",
            "--format", "json", "--db", store.Db);

        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty(command == "crises" ? "episodes" : "channels").GetArrayLength());
        Assert.Contains("No events between USA and FRA (2018-01-01 .. 2018-01-31)", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("channels")]
    [InlineData("crises")]
    public async Task PairCommand_UnknownCountryCode_ExitsTwoWithSuggestions(string command)
    {
        var (exit, _, error) = await Cli.RunAsync(command, "--dyad", "USA-CHA", "--db", store.Db);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("unknown country code 'CHA'", error, StringComparison.Ordinal);
        Assert.Contains("CHN", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channels_BadDeclaredFile_ExitsSixtyFiveWithFileLineField()
    {
        using var scratch = new Scratch();
        var file = scratch["bad.yaml"];
        await File.WriteAllTextAsync(file, "channels:\n  - name: talks\n    kind: talking\n");

        var (exit, _, error) = await Cli.RunAsync("channels", "--dyad", "USA-CHN", "--declared", file, "--db", store.Db);

        Assert.Equal(ExitCodes.DataError, exit);
        Assert.Contains($"{file}:3: kind: 'talking' is not a channel kind", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channels_DeclaredFileOfAnotherPair_ExitsTwo()
    {
        var (exit, _, error) = await Cli.RunAsync("channels", "--dyad", "USA-JPN", "--declared", Declared, "--db", store.Db);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("declares channels of USA-CHN, not USA-JPN", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("channels")]
    [InlineData("crises")]
    public async Task PairCommand_Help_ListsTheOptions(string command)
    {
        var (exit, output, _) = await Cli.RunAsync(command, "--help");

        Assert.Equal(0, exit);
        Assert.All(new[] { "--dyad", "--from", "--to", "--declared", "--format", "--db" }, o => Assert.Contains(o, output, StringComparison.Ordinal));
    }
}
