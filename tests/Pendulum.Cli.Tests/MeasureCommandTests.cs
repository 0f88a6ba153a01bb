using System.Text.Json;

namespace Pendulum.Cli.Tests;

public sealed class MeasureCommandTests
{
    private static readonly string[] Fixtures =
    [
        Cli.Fixture("icews/events.2018.sample.tab"), Cli.Fixture("gdelt/20180508000000.export.CSV"),
        Cli.Fixture("gdelt/20180508001500.export.CSV"),
    ];

    [Fact]
    public async Task Measure_RealFixturesByDay_MatchesGoldenJson()
    {
        var (exit, output, _) = await Cli.RunAsync(["measure", "--dyad", "USA-CHN", "--freq", "day", "--format", "json", "--input", .. Fixtures]);

        Assert.Equal(0, exit);
        Golden.Check("measure-usa-chn-day.json", output);
    }

    [Fact]
    public async Task Measure_Json_HasTheDocumentedFields()
    {
        var (_, output, _) = await Cli.RunAsync(["measure", "--dyad", "USA-CHN", "--freq", "week", "--format", "json", "--input", .. Fixtures]);

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("USA-CHN", root.GetProperty("pair").GetString());
        Assert.Equal("week", root.GetProperty("freq").GetString());
        Assert.True(root.GetProperty("params").GetProperty("belief").TryGetProperty("hysteresis", out _));
        var period = root.GetProperty("periods").EnumerateArray().First(p => p.GetProperty("events").GetInt64() > 0);
        foreach (var field in new[] { "period", "events", "goldstein_mean", "mu_ab", "mu_ba", "position", "zone", "drivers" })
            Assert.True(period.TryGetProperty(field, out _), field);
        Assert.Contains(period.GetProperty("zone").GetString(), new[] { "distrust", "understanding", "trust" });
        Assert.Equal(120, root.GetProperty("periods").EnumerateArray().Sum(p => p.GetProperty("events").GetInt64()));
    }

    [Fact]
    public async Task Measure_StoreAndFiles_GiveTheSameCsv()
    {
        using var scratch = new Scratch();
        await Cli.RunAsync(["ingest", .. Fixtures, "--db", scratch["p.db"]]);

        var (_, fromStore, _) = await Cli.RunAsync("measure", "--dyad", "CHN-USA", "--format", "csv", "--db", scratch["p.db"]);
        var (_, fromFiles, _) = await Cli.RunAsync(["measure", "--dyad", "CHN-USA", "--format", "csv", "--input", .. Fixtures]);

        Assert.Equal(fromStore, fromFiles);
        Assert.StartsWith("period,events,events_ab,events_ba,", fromStore, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measure_Chart_WritesAnSvgFile()
    {
        using var scratch = new Scratch();

        var (exit, _, _) = await Cli.RunAsync(["measure", "--dyad", "USA-CHN", "--chart", scratch["c.svg"], "--input", .. Fixtures]);

        Assert.Equal(0, exit);
        Assert.StartsWith("<svg", File.ReadAllText(scratch["c.svg"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measure_NoEvents_SaysPairAndRangeAndExitsZero()
    {
        using var scratch = new Scratch();

        var (exit, _, error) = await Cli.RunAsync("measure", "--dyad", "USA-JPN", "--from", "2018-01-01", "--to", "2018-01-31", "--db", scratch["p.db"]);

        Assert.Equal(0, exit);
        Assert.Contains("No events between USA and JPN (2018-01-01 .. 2018-01-31)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measure_BadParametersFile_ExitsSixtyFiveWithLine()
    {
        using var scratch = new Scratch();
        File.WriteAllText(scratch["p.yaml"], "belief:\n  hysteresis: lots\n");

        var (exit, _, error) = await Cli.RunAsync("measure", "--dyad", "USA-CHN", "--params", scratch["p.yaml"], "--db", scratch["p.db"]);

        Assert.Equal(65, exit);
        Assert.Contains($"{scratch["p.yaml"]}:2: belief.hysteresis: expected a number", error, StringComparison.Ordinal);
    }
}

public sealed class MeasureManyActorsTests
{
    private static readonly string[] Fixtures = [Cli.Fixture("icews/events.2018.sample.tab")];

    [Fact]
    public async Task Measure_ActorsAt_GivesASymmetricMatrixOfPositions()
    {
        var (exit, output, _) = await Cli.RunAsync(["measure", "--actors", "USA,CHN,JPN,RUS", "--at", "2018-06", "--format", "json", "--input", .. Fixtures]);

        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2018-06-30", root.GetProperty("at").GetString());
        var m = root.GetProperty("positions").EnumerateArray().Select(r => r.EnumerateArray().ToList()).ToList();
        Assert.Equal(4, m.Count);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Null, m[i][i].ValueKind);
            for (var j = 0; j < 4; j++)
            {
                if (i != j)
                    Assert.Equal(m[i][j].GetDouble(), m[j][i].GetDouble());
            }
        }

        Assert.Equal(6, root.GetProperty("pairs").GetArrayLength());
    }

    [Fact]
    public async Task Measure_ActorsCsv_HasAPairColumnAndEveryPair()
    {
        var (_, output, _) = await Cli.RunAsync(["measure", "--actors", "USA,CHN,JPN", "--format", "csv", "--input", .. Fixtures]);

        var pairs = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).Distinct().ToList();
        Assert.Equal(["USA-CHN", "USA-JPN", "CHN-JPN"], pairs);
    }

    [Theory]
    [InlineData("--dyad", "USA-CHN", "--actors", "USA,CHN")]
    [InlineData("--dyad", "USA-CHN", "--at", "2018-06")]
    [InlineData("--actors", "USA,CHN", "--at", "June")]
    public async Task Measure_ConflictingOptions_ExitTwo(params string[] options)
    {
        var (exit, _, _) = await Cli.RunAsync(["measure", .. options, "--input", .. Fixtures]);

        Assert.Equal(2, exit);
    }
}
