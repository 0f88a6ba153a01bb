namespace Pendulum.Cli.Tests;

/// <summary>The ICEWS dyad-year counts through the real command: ingest, re-ingest, measure by year, a bad table.</summary>
public sealed class PeriodAggregatesCommandTests
{
    private static string SixCountries => Cli.Fixture("aggregates/icews-dyad-year-six.csv.gz");

    [Fact]
    public async Task Measure_UsaJapanFromDyadYears_ThirteenYearlyReadingsAndReingestAddsNothing()
    {
        using var scratch = new Scratch();
        var db = scratch["icews.db"];

        var (first, ingested, _) = await Cli.RunAsync("ingest", SixCountries, "--db", db);
        var (again, reingested, _) = await Cli.RunAsync("ingest", SixCountries, "--db", db);
        var (measured, csv, error) = await Cli.RunAsync("measure", "--dyad", "USA-JPN", "--freq", "year", "--db", db, "--format", "csv");

        Assert.Equal((0, 0, 0), (first, again, measured));
        Assert.Contains("390 pair-periods, 390 new", ingested, StringComparison.Ordinal);
        Assert.Contains("390 pair-periods, 0 new", reingested, StringComparison.Ordinal);
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(Enumerable.Range(2002, 13).Select(y => $"{y}-01-01"), rows.Select(r => r[..10]));
        Assert.Contains("read from period aggregates: one step per year", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_CountTableWithAnUnknownCountry_FailsWithLineAndFieldAndStoresNothing()
    {
        using var scratch = new Scratch();
        var path = scratch["bad.csv"];
        await File.WriteAllTextAsync(path, "\"i\",\"j\",\"year\",\"i_iso3c\",\"j_iso3c\",\"verbCoop\",\"matlCoop\",\"verbConf\",\"matlConf\"\n"
            + "\"United States\",\"Japan\",2002,\"USA\",\"JPN\",5,1,0,0\n\"Atlantis\",\"Japan\",2002,\"ATL\",\"JPN\",5,1,0,0\n");

        var (exit, _, error) = await Cli.RunAsync("ingest", path, "--db", scratch["s.db"]);
        var (_, sources, _) = await Cli.RunAsync("sources", "--db", scratch["s.db"]);

        Assert.Equal(65, exit);
        Assert.Contains($"{path}:3: i_iso3c: ", error, StringComparison.Ordinal);
        Assert.Contains("0 file(s)", sources, StringComparison.Ordinal);
    }
}
