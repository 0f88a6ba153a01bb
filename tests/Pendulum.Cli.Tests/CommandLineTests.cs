using Microsoft.VisualBasic.FileIO;

namespace Pendulum.Cli.Tests;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("ingest", "--help")]
    [InlineData("events", "--help")]
    [InlineData("sources", "--help")]
    [InlineData("demo", "--help")]
    [InlineData("fetch", "gdelt", "--help")]
    [InlineData("games", "tournament", "--help")]
    [InlineData("games", "match", "--help")]
    public async Task RunAsync_Help_ExitsZeroWithUsage(params string[] args)
    {
        var (exit, output, _) = await Cli.RunAsync(args);

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("events")]
    [InlineData("ingest")]
    [InlineData("ingest", "some.CSV", "--touching")]
    [InlineData("ingest", "some.CSV", "--actors", "USA,CHN", "--threads", "-1")]
    [InlineData("events", "--dyad", "USA-CHN", "--format", "xml")]
    [InlineData("fetch", "gdelt", "--from", "2020-01-02", "--to", "2020-01-01", "--out", "x")]
    [InlineData("fetch", "gdelt", "--from", "2020-01-01", "--to", "2020-01-01", "--out", "x", "--version", "3")]
    public async Task RunAsync_BadUsage_ExitsTwo(params string[] args)
    {
        var (exit, _, error) = await Cli.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("pendulum:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_UnknownCountryCode_ExitsTwoWithSuggestions()
    {
        using var scratch = new Scratch();

        var (exit, _, error) = await Cli.RunAsync("events", "--dyad", "USA-CHA", "--db", scratch["p.db"]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("unknown country code 'CHA'", error, StringComparison.Ordinal);
        Assert.Contains("CHN", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_BadRow_ExitsSixtyFiveWithFileLineFieldAndStoresNothing()
    {
        using var scratch = new Scratch();
        var lines = File.ReadAllLines(Cli.Fixture("gdelt/20180508000000.export.CSV"));
        var fields = lines[9].Split('\t');
        fields[30] = "high";
        lines[9] = string.Join('\t', fields);
        var bad = scratch["bad.CSV"];
        File.WriteAllLines(bad, lines);

        var (exit, _, error) = await Cli.RunAsync("ingest", bad, "--db", scratch["p.db"]);
        var (_, sources, _) = await Cli.RunAsync("sources", "--db", scratch["p.db"], "--format", "csv");

        Assert.Equal(ExitCodes.DataError, exit);
        Assert.Contains($"{bad}:10: GoldsteinScale: 'high' is not a number", error, StringComparison.Ordinal);
        Assert.Single(sources.Trim().Split('\n'));
    }

    [Fact]
    public async Task Ingest_MissingFile_ExitsSeventyFour()
    {
        using var scratch = new Scratch();

        var (exit, _, error) = await Cli.RunAsync("ingest", scratch["nope.CSV"], "--db", scratch["p.db"]);

        Assert.Equal(ExitCodes.IoError, exit);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SameFileTwice_SecondAddsNothingAndSaysSo()
    {
        using var scratch = new Scratch();
        var file = Cli.Fixture("gdelt/20180508000000.export.CSV");

        await Cli.RunAsync("ingest", file, "--db", scratch["p.db"]);
        var (exit, output, _) = await Cli.RunAsync("ingest", file, "--db", scratch["p.db"]);

        Assert.Equal(0, exit);
        Assert.Contains("487 events, 0 new", output, StringComparison.Ordinal);
        Assert.Contains("already ingested", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_CheckedOnly_LeavesOutTheRecordsUncheckedRows()
    {
        using var scratch = new Scratch();
        var record = Path.Combine(AppContext.BaseDirectory, "data", "us-china", "events.csv");

        var (exit, output, _) = await Cli.RunAsync("ingest", record, "--db", scratch["p.db"], "--checked-only");

        Assert.Equal(0, exit);
        Assert.Contains("361 rows, 300 events, 300 new, 61 unchecked left out", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--actors", "USA,CHN", "17 events", "3,603 outside --actors")]
    [InlineData("--actors", "USA,CHN --touching", "1,451 events", "2,169 outside --actors")]
    public async Task Ingest_ActorFilter_KeepsEventsBetweenOrTouchingTheCountries(string option, string value, string kept, string outside)
    {
        using var scratch = new Scratch();
        string[] filter = [option, .. value.Split(' ')];

        var (exit, output, _) = await Cli.RunAsync(["ingest", Cli.Fixture("gdelt/20180508001500.export.CSV"), "--db", scratch["p.db"], .. filter]);

        Assert.Equal(0, exit);
        Assert.Contains($"3,620 rows, {kept}", output, StringComparison.Ordinal);
        Assert.Contains(outside, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_LenientOnTruncatedReexport_ReportsSkippedLine()
    {
        using var scratch = new Scratch();

        var (exit, output, _) = await Cli.RunAsync("ingest", "--lenient", Cli.Fixture("gdelt/reexport-2018-05-08.csv"), "--db", scratch["p.db"]);

        Assert.Equal(0, exit);
        Assert.Contains("4,107 events", output, StringComparison.Ordinal);
        Assert.Contains("1 bad row(s) skipped", output, StringComparison.Ordinal);
        Assert.Contains("line 4109: truncated last row", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_Csv_HasHeaderAndOneParsableRowPerEvent()
    {
        using var scratch = new Scratch();
        await Cli.RunAsync("ingest", Cli.Fixture("icews/events.2018.sample.tab"), "--db", scratch["p.db"]);

        var (exit, output, _) = await Cli.RunAsync("events", "--dyad", "CHN-USA", "--format", "csv", "--db", scratch["p.db"]);

        Assert.Equal(0, exit);
        using var parser = new TextFieldParser(new StringReader(output)) { Delimiters = [","], HasFieldsEnclosedInQuotes = true };
        var header = parser.ReadFields()!;
        Assert.Equal("date", header[0]);
        var rows = new List<string[]>();
        while (!parser.EndOfData)
            rows.Add(parser.ReadFields()!);
        Assert.Equal(101, rows.Count);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        Assert.All(rows, r => Assert.Matches("^[0-9]{3,4}$", r[Array.IndexOf(header, "cameo")]));
    }

    [Fact]
    public async Task Events_Json_IsAnArrayWithDocumentedFields()
    {
        using var scratch = new Scratch();
        await Cli.RunAsync("ingest", Cli.Fixture("gdelt/20180508001500.export.CSV"), "--db", scratch["p.db"]);

        var (_, output, _) = await Cli.RunAsync("events", "--dyad", "USA-CHN", "--format", "json", "--db", scratch["p.db"]);

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var first = json.RootElement.EnumerateArray().First();
        Assert.Equal(System.Text.Json.JsonValueKind.String, first.GetProperty("cameo").ValueKind);
        Assert.True(first.TryGetProperty("goldstein", out _));
        Assert.True(first.TryGetProperty("quad_class", out _));
    }

    [Fact]
    public async Task Events_NoEventsInRange_SaysPairAndRangeAndExitsZero()
    {
        using var scratch = new Scratch();

        var (exit, _, error) = await Cli.RunAsync("events", "--dyad", "USA-CHN", "--from", "1990-01-01", "--to", "1990-12-31", "--db", scratch["p.db"]);

        Assert.Equal(0, exit);
        Assert.Contains("No events between USA and CHN (1990-01-01 .. 1990-12-31)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_TwiceInAnEmptyFolder_SameResultsAndNoDuplicateRows()
    {
        using var scratch = new Scratch();
        string[] args = ["demo", "--db", scratch["demo.db"], "--out", scratch["report"], "--runs", "40", "--threads", "2"];

        var (exit, first, _) = await Cli.RunAsync(args);
        var (_, sourcesAfterFirst, _) = await Cli.RunAsync("sources", "--db", scratch["demo.db"], "--format", "csv");
        var (again, second, _) = await Cli.RunAsync(args);
        var (_, sourcesAfterSecond, _) = await Cli.RunAsync("sources", "--db", scratch["demo.db"]);

        Assert.Equal(0, exit);
        Assert.Equal(0, again);
        Assert.Contains("[5/5] writing the report", first, StringComparison.Ordinal);
        Assert.Contains("361 events, 361 new", first, StringComparison.Ordinal);
        Assert.Contains("361 events, 0 new", second, StringComparison.Ordinal);
        // The record, two GDELT files, the ICEWS events and the ICEWS dyad-year counts (which are not events).
        Assert.Contains("5 file(s), 8,173 events", sourcesAfterSecond, StringComparison.Ordinal);
        Assert.Contains("298,376 pair-periods, 0 new", second, StringComparison.Ordinal);
        Assert.Equal(Results(first), Results(second));
        var report = File.ReadAllText(Path.Combine(scratch["report"], "index.html"));
        Assert.Contains("<svg", report, StringComparison.Ordinal);
        Assert.Contains("1979-2025", report, StringComparison.Ordinal);
        Assert.Contains("Beside the UN General Assembly votes", report, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", report, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(scratch["report"], "us-china-calibrated.yaml")));
        Assert.True(File.Exists(Path.Combine(scratch["report"], "us-china-calibrated-profile.csv")));
        Assert.NotEmpty(sourcesAfterFirst);
        // The calibration as observed against simulated with the ranges, the held-out check, the profiles, and the
        // demo's own budget said where it prints the fit.
        Assert.Contains("The demo's budget: 4 histories a candidate", first, StringComparison.Ordinal);
        Assert.Contains("held-out check: fitted to 2000, predicting 2001-2025:", first, StringComparison.Ordinal);
        Assert.Contains("5-95% of histories", report, StringComparison.Ordinal);
        Assert.Contains("Held-out check", report, StringComparison.Ordinal);
        Assert.Contains("Identification: the objective along each fitted parameter", report, StringComparison.Ordinal);
    }

    // The demo's findings, without the lines that rightly differ between a first and a second run.
    private static string Results(string output) => string.Join('\n', output.Split('\n')
        .Where(l => !l.Contains(" new (", StringComparison.Ordinal) && !l.StartsWith("Done in", StringComparison.Ordinal)));

}
