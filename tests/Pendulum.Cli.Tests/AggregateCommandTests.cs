namespace Pendulum.Cli.Tests;

public sealed class AggregateCommandTests : IDisposable
{
    private static readonly string[] RealSlices =
        [Cli.Fixture("gdelt/20180508000000.export.CSV"), Cli.Fixture("gdelt/20180508001500.export.CSV")];

    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("aggregate-usa-irn-day.csv", "USA-IRN", "day", "csv")]
    [InlineData("aggregate-usa-chn-day.csv", "USA-CHN", "day", "csv")]
    [InlineData("aggregate-usa-irn-month.json", "USA-IRN", "month", "json")]
    public async Task Aggregate_RealSlices_MatchesGolden(string golden, string dyad, string by, string format)
    {
        var (exit, output, error) = await Cli.RunAsync(["aggregate", "--input", .. RealSlices, "--dyad", dyad, "--by", by, "--format", format]);

        Assert.True(exit == 0, error);
        Golden.Check(golden, output);
    }

    [Fact]
    public async Task Aggregate_Out_WritesTheFileAndLeavesNoPart()
    {
        var target = _scratch["usa-irn.csv"];

        var (exit, output, error) = await Cli.RunAsync(["aggregate", "--input", .. RealSlices, "--dyad", "USA-IRN", "--out", target, "--threads", "2"]);

        Assert.True(exit == 0, error);
        Assert.Equal("", output);
        Assert.StartsWith("SQLDATE,Actor1CountryCode,Actor2CountryCode,QuadClass,count,", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal([target], Directory.GetFiles(_scratch.Root));
        Assert.Contains("USA-IRN: 39 of 4,107 rows kept", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregate_UnknownCountry_ExitsTwoWithSuggestions()
    {
        var (exit, _, error) = await Cli.RunAsync(["aggregate", "--input", RealSlices[0], "--dyad", "USA-CHX"]);

        Assert.Equal(2, exit);
        Assert.Contains("unknown country code 'CHX'; did you mean", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregate_BadRow_ExitsSixtyFiveNamingFileLineAndColumn()
    {
        var rows = File.ReadAllLines(RealSlices[0]);
        var fields = rows[2].Split('\t');
        (fields[7], fields[17], fields[30]) = ("USA", "CHN", "high");
        rows[2] = string.Join('\t', fields);
        var path = _scratch["bad.CSV"];
        File.WriteAllText(path, string.Join('\n', rows) + "\n");
        var target = _scratch["out.csv"];

        var (exit, _, error) = await Cli.RunAsync("aggregate", "--input", path, "--dyad", "USA-CHN", "--out", target);

        Assert.Equal(65, exit);
        Assert.Contains($"{path}:3: GoldsteinScale: 'high' is not a decimal number", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Aggregate_MissingFile_ExitsSeventyFour()
    {
        var (exit, _, error) = await Cli.RunAsync("aggregate", "--input", _scratch["missing.CSV"], "--dyad", "USA-CHN");

        Assert.Equal(74, exit);
        Assert.Contains("missing.CSV", error, StringComparison.Ordinal);
    }
}
