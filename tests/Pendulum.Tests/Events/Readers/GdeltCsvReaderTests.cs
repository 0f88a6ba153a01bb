using Pendulum.Events.Readers;

namespace Pendulum.Tests.Events.Readers;

public sealed class GdeltCsvReaderTests
{
    [Fact]
    public void ReadEvents_TruncatedReexportStrict_RefusesAtTheTruncatedRow()
    {
        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(Fixtures.ReexportTruncated));

        Assert.Equal(4109, error.Line);
        Assert.Contains("truncated last row", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEvents_TruncatedReexportLenient_Keeps4107AndReportsOne()
    {
        var (events, report) = Fixtures.ReadAll(Fixtures.ReexportTruncated, new EventReaderOptions { Lenient = true });

        Assert.Equal(4107, events.Count);
        Assert.Equal(1, report.RowsSkipped);
        Assert.Equal(4109, Assert.Single(report.Skipped).Line);
        Assert.Equal(EventFormat.GdeltCsv, report.Format);
    }

    [Fact]
    public void ReadEvents_Reexport_MatchesTheTabSeparatedExportsEventForEvent()
    {
        var reexported = Fixtures.ReadAll(Fixtures.ReexportTruncated, new EventReaderOptions { Lenient = true }).Events;
        var exported = Fixtures.ReadAll(Fixtures.Gdelt2First).Events.Concat(Fixtures.ReadAll(Fixtures.Gdelt2Second).Events);

        var byId = exported.ToDictionary(e => e.EventId);
        Assert.Equal(byId.Count, reexported.Count);
        Assert.All(reexported, e => Assert.Equal(byId[e.EventId] with { Tags = e.Tags }, e with { Tags = e.Tags }));
    }

    [Fact]
    public void ReadEvents_RExportOfChina_Reads2304EventsAndCountsEveryRepair()
    {
        var (events, report) = Fixtures.ReadAll(Fixtures.ReexportChina);

        Assert.Equal(2304, events.Count);
        Assert.Equal(155, events.Count(e => e is { Source.Country: "CHN", Target.Country: "USA" }));
        Assert.Equal(1, report.NaRows);
        Assert.Equal(0, report.RowsSkipped);
        Assert.Equal(30, report.ExponentDates);
        Assert.Equal(1741, report.CodesRepairedToThreeDigits);
        Assert.Equal(77, report.CodesRepairedToFourDigits);
        Assert.Equal(1818, report.CodesRepaired);
    }

    [Fact]
    public void ReadEvents_LostLeadingZeros_AreRestoredUnderTheirRoot()
    {
        var events = Fixtures.ReadAll(Fixtures.ReexportChina).Events.ToDictionary(e => e.EventId);

        Assert.Equal("090", events["719897579"].CameoCode);
        Assert.Equal("09", events["719897579"].RootCode);
        Assert.All(events.Values, e => Assert.True(Pendulum.Events.Cameo.CameoCodebook.Default.Contains(e.CameoCode)));
    }

    [Fact]
    public void ReadEvents_NaPlaceholders_BecomeMissingValues()
    {
        var ev = Fixtures.ReadAll(Fixtures.ReexportChina).Events.Single(e => e.EventId == "719898343");

        Assert.Null(ev.Target.Country);
        Assert.Equal(40.2722, ev.Location!.Latitude);
    }

    [Fact]
    public void ReadEvents_HeaderWithoutRequiredColumn_RefusesAtLineOne()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bad.csv", "GLOBALEVENTID,SQLDATE,EventCode\n1,20180101,042\n");

        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path));

        Assert.Equal(1, error.Line);
        Assert.Contains("Actor1CountryCode", error.Reason, StringComparison.Ordinal);
    }
}
