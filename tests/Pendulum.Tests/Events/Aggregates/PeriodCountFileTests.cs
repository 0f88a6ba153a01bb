using Pendulum.Events.Aggregates;
using Pendulum.Events.Readers;
using Pendulum.Observe;

namespace Pendulum.Tests.Events.Aggregates;

public sealed class PeriodCountFileTests : IDisposable
{
    private const string IcewsHeader = "\"i\",\"j\",\"year\",\"i_iso3c\",\"j_iso3c\",\"verbCoop\",\"matlCoop\",\"verbConf\",\"matlConf\"\n";

    private readonly TempFolder _temp = new();

    public static string SixCountries => Fixtures.Path("aggregates/icews-dyad-year-six.csv.gz");

    [Fact]
    public void Read_IcewsDyadYearGzip_ReadsEveryDirectedPairAndYear()
    {
        var read = PeriodCountFile.Read(SixCountries, new EventReaderOptions());

        Assert.Equal(PeriodCountLayout.IcewsDyadYear, read.Layout);
        Assert.Equal(390, read.Counts.Count);
        var usaJpn2002 = Assert.Single(read.Counts, c => c is { Source: "USA", Target: "JPN" } && c.PeriodStart.Year == 2002);
        Assert.Equal([4334L, 31, 146, 60], usaJpn2002.Counts);
        Assert.Equal(Frequency.Year, usaJpn2002.Period);
        Assert.Equal(new DateOnly(2002, 1, 1), usaJpn2002.PeriodStart);
        Assert.Equal("icews-dyad-year", usaJpn2002.Dataset);
        Assert.Null(usaJpn2002.GoldsteinSums);
    }

    [Fact]
    public void Read_GenericLayoutWithGoldstein_ReadsPeriodAndSums()
    {
        var path = _temp.Write("counts.csv", """
            dataset,source,target,period_start,period,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,goldstein_verbal_cooperation,goldstein_material_cooperation,goldstein_verbal_conflict,goldstein_material_conflict
            mine,USA,CHN,2018-05-01,month,10,2,3,1,25.5,12,-12,-9.5
            mine,CHN,USA,2018-05-01,month,8,0,5,0,20,0,-20,0
            """);

        var read = PeriodCountFile.Read(path, new EventReaderOptions());

        Assert.Equal(PeriodCountLayout.Generic, read.Layout);
        var first = read.Counts[0];
        Assert.Equal(("mine", Frequency.Month, new DateOnly(2018, 5, 1)), (first.Dataset, first.Period, first.PeriodStart));
        Assert.Equal([25.5, 12, -12, -9.5], first.GoldsteinSums!);
        Assert.Equal(31, first.Days);
    }

    [Theory]
    [InlineData("\"United States\",\"Japan\",2002,\"USA\",\"JPN\",5,-1,0,0\n", 2, "matlCoop", "negative")]
    [InlineData("\"Atlantis\",\"Japan\",2002,\"ATL\",\"JPN\",5,1,0,0\n", 2, "i_iso3c", "ATL")]
    [InlineData("\"United States\",\"Japan\",2002,\"USA\",\"JPN\",5,1,0,0\n\"United States\",\"Japan\",2002,\"USA\",\"JPN\",6,1,0,0\n", 3, "year", "twice")]
    [InlineData("\"United States\",\"Japan\",2002,\"USA\",\"JPN\",5,1.5,0,0\n", 2, "matlCoop", "not a count")]
    public void Read_BadRowStrict_ThrowsWithFileLineAndField(string rows, long line, string field, string reason)
    {
        var path = _temp.Write("bad.csv", IcewsHeader + rows);

        var error = Assert.Throws<BadDataException>(() => PeriodCountFile.Read(path, new EventReaderOptions()));

        Assert.Equal((path, line, field), (error.File, error.Line, error.Field));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:{line}: {field}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadRowsLenient_SkipsAndReportsThem()
    {
        var path = _temp.Write("bad.csv", IcewsHeader
            + "\"United States\",\"Japan\",2002,\"USA\",\"JPN\",5,-1,0,0\n"
            + "\"United States\",\"Japan\",2003,\"USA\",\"JPN\",5,1,0,0\n"
            + "\"United States\",\"Japan\",2003,\"USA\",\"JPN\",6,1,0,0\n");

        var read = PeriodCountFile.Read(path, new EventReaderOptions { Lenient = true });

        var kept = Assert.Single(read.Counts);
        Assert.Equal(5, kept.Counts[0]);
        Assert.Equal(2, read.Report.RowsSkipped);
        Assert.Equal([(2L, "matlCoop"), (4L, "year")], read.Report.Skipped.Select(s => (s.Line, s.Field!)));
    }

    [Fact]
    public void Read_GenericPeriodStartInsideItsPeriod_IsRejected()
    {
        var path = _temp.Write("counts.csv", "source,target,period_start,period,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict\n"
            + "USA,CHN,2018-05-02,month,1,0,0,0\n");

        var error = Assert.Throws<BadDataException>(() => PeriodCountFile.Read(path, new EventReaderOptions()));

        Assert.Equal(("period_start", 2L), (error.Field, error.Line));
    }

    [Fact]
    public void Detect_EventFileAndCountTable_TellsThemApart()
    {
        Assert.Equal(PeriodCountLayout.IcewsDyadYear, PeriodCountFile.Detect(SixCountries));
        Assert.Null(PeriodCountFile.Detect(Fixtures.Icews));
    }

    public void Dispose() => _temp.Dispose();
}
