using System.Text.Json;
using System.Text.RegularExpressions;
using Pendulum.Cli.Commands;

namespace Pendulum.Cli.Tests;

/// <summary>The store <c>pendulum demo</c> builds, made once for the tests that read it.</summary>
public sealed class DemoStore : IAsyncLifetime
{
    private readonly Scratch _scratch = new();

    public string Db => _scratch["demo.db"];

    /// <summary>The report the demo wrote.</summary>
    public string Report => File.ReadAllText(Path.Combine(_scratch["report"], "index.html"));

    /// <summary>What the demo printed.</summary>
    public string Output { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var (exit, output, error) = await Cli.RunAsync("demo", "--db", Db, "--out", _scratch["report"], "--runs", "40", "--threads", "2");
        Assert.True(exit == 0, error);
        Output = output;
    }

    public ValueTask DisposeAsync()
    {
        _scratch.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>One reading of a pair everywhere (issue 17): the demo, <c>crises</c>, <c>measure</c> and the web API agree.</summary>
public sealed partial class DemoStoreTests(DemoStore demo) : IClassFixture<DemoStore>
{
    [Fact]
    public async Task Crises_NoOptionOnTheDemoStore_SameEpisodesAsTheDemoPrintsAndTheApiReturns()
    {
        // Given the demo's store and what the demo printed
        var printed = EpisodeLine().Matches(demo.Output).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

        // When `crises` runs with no option but the store, and the server answers the same pair
        var (exit, cli, error) = await Cli.RunAsync("crises", "--dyad", "USA-CHN", "--format", "json", "--db", demo.Db);
        using var cliJson = JsonDocument.Parse(cli);
        using var apiJson = JsonDocument.Parse(await Serve(demo.Db, "api/pairs/USA-CHN/crises"));

        // Then the three list the same episodes, read with the same settings
        Assert.True(exit == 0, error);
        Assert.NotEmpty(printed);
        Assert.Equal(printed, Episodes(cliJson));
        Assert.Equal(printed, Episodes(apiJson));
        Assert.Equal("act-records", cliJson.RootElement.GetProperty("settings").GetProperty("name").GetString());
        Assert.Equal(Hash(cliJson), Hash(apiJson));
        Assert.Contains($"({Hash(cliJson)})", demo.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2001-03-01", "month")]
    [InlineData("1999-05-20", "day")]
    [InlineData("2013-01-01", "year")]
    public async Task Measure_From_EveryPeriodShownIsTheFullHistoryReading(string from, string freq)
    {
        // Given the full-history measurement of the pair
        var (_, full, _) = await Cli.RunAsync("measure", "--dyad", "USA-CHN", "--freq", freq, "--format", "json", "--db", demo.Db);

        // When --from limits what is shown
        var (exit, windowed, error) = await Cli.RunAsync("measure", "--dyad", "USA-CHN", "--freq", freq, "--from", from, "--format", "json", "--db", demo.Db);

        // Then every period from it on reads exactly as in the full history, and none before it is shown
        Assert.True(exit == 0, error);
        using var fullJson = JsonDocument.Parse(full);
        using var windowJson = JsonDocument.Parse(windowed);
        var shown = windowJson.RootElement.GetProperty("periods").EnumerateArray().Select(p => p.ToString()).ToList();
        var first = windowJson.RootElement.GetProperty("periods")[0].GetProperty("period").GetString()!;
        var expected = fullJson.RootElement.GetProperty("periods").EnumerateArray()
            .Where(p => string.CompareOrdinal(p.GetProperty("period").GetString(), first) >= 0).Select(p => p.ToString()).ToList();
        Assert.True(string.CompareOrdinal(first, from) <= 0 && shown.Count > 1);
        Assert.Equal(expected, shown);
    }

    [Fact]
    public async Task Measure_Years1999And2001_OneSideFellIntoDistrust()
    {
        // The face-validity check of issue 17: after the embassy bombing (1999) and the EP-3 collision (2001) at least one
        // side's belief fell below 1/3, though both years end at a positive position.
        var (_, output, _) = await Cli.RunAsync("measure", "--dyad", "USA-CHN", "--freq", "year", "--format", "json", "--db", demo.Db);

        using var json = JsonDocument.Parse(output);
        var years = json.RootElement.GetProperty("periods").EnumerateArray().ToDictionary(p => p.GetProperty("period").GetString()!);
        foreach (var year in new[] { "1999-01-01", "2001-01-01" })
        {
            Assert.True(years[year].GetProperty("mu_lower_min").GetDouble() < 1.0 / 3, year);
            Assert.Equal("distrust", years[year].GetProperty("lower_zone").GetString());
        }

        Assert.Matches(@"  1999  [ +-]0\.\d\d  -0\.\d\d \(May\)   0\.\d\d distrust", demo.Output);
        Assert.Matches(@"  2001  [ +-]0\.\d\d  -0\.\d\d \(Apr\)   0\.\d\d distrust", demo.Output);
        Assert.Contains("  1987  no events", demo.Output, StringComparison.Ordinal);
        var report = demo.Report;
        Assert.Contains("Year by year", report, StringComparison.Ordinal);
        Assert.Matches(@"<td[^>]*>1999</td><td[^>]*>[+-]?0\.\d+</td><td[^>]*>-0\.\d+</td><td>1999-05</td><td[^>]*>0\.\d+</td><td>distrust</td>", report);
        Assert.Matches(@"<td[^>]*>2001</td><td[^>]*>[+-]?0\.\d+</td><td[^>]*>-0\.\d+</td><td>2001-04</td><td[^>]*>0\.\d+</td><td>distrust</td>", report);
    }

    private static string? Hash(JsonDocument json) => json.RootElement.GetProperty("settings").GetProperty("hash").GetString();

    private static List<(string Start, string End)> Episodes(JsonDocument json) => json.RootElement.GetProperty("episodes").EnumerateArray()
        .Select(e => (e.GetProperty("start").GetString()!, e.GetProperty("end").GetString()!)).ToList();

    private static async Task<string> Serve(string db, string path)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var serving = ServeCommand.Run(new CliContext(TextWriter.Synchronized(output), TextWriter.Synchronized(error), TimeProvider.System),
            db, "127.0.0.1", 0, null, stop.Token);
        string? address = null;
        for (var i = 0; i < 3000 && !serving.IsCompleted && address is null; i++)
        {
            var text = output.ToString();
            var start = text.IndexOf("http://", StringComparison.Ordinal);
            if (start >= 0 && text.EndsWith('\n'))
                address = text[start..].Trim();
            else
                await Task.Delay(10);
        }

        Assert.True(address is not null, $"serve printed no address: {error}");
        using var client = new HttpClient();
        var body = await client.GetStringAsync(new Uri(address + path));
        await stop.CancelAsync();
        await serving;
        return body;
    }

    [GeneratedRegex(@"^    (\d{4}-\d{2}-\d{2}) \.\. (\d{4}-\d{2}-\d{2})  severity", RegexOptions.Multiline, "en")]
    private static partial Regex EpisodeLine();
}
