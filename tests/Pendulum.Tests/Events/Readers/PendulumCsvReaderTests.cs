using Pendulum.Events;
using Pendulum.Events.Readers;

namespace Pendulum.Tests.Events.Readers;

public sealed class PendulumCsvReaderTests
{
    private const string Header = "date,source,target,cameo,goldstein,channel,tags,description,reference";

    [Fact]
    public void ReadEvents_HandCodedRows_MapEveryColumn()
    {
        using var temp = new TempFolder();
        var path = temp.Write("events.csv", Header + "\n"
            + "1998-06-27,USA,CHN,036,,leader-summit,summit;state-visit,\"Clinton arrives in Xi'an, state visit\",\"Publisher, Title, 1998-06-27\"\n"
            + "2001-04-01,CHN,USA,190,-9.5,,south-china-sea,EP-3 collision,Ref\n");

        var (events, report) = Fixtures.ReadAll(path);

        Assert.Equal(EventFormat.Pendulum, report.Format);
        Assert.Equal(2, events.Count);
        var visit = events[0];
        Assert.Equal("pendulum", visit.Dataset);
        Assert.Equal("036", visit.CameoCode);
        Assert.Equal(4.0, visit.Goldstein);
        Assert.Equal(QuadClass.VerbalCooperation, visit.QuadClass);
        Assert.Equal("leader-summit", visit.Channel);
        Assert.Equal(["summit", "state-visit"], visit.Tags);
        Assert.Equal("Clinton arrives in Xi'an, state visit", visit.Description);
        Assert.Equal(-9.5, events[1].Goldstein);
    }

    [Fact]
    public void ReadEvents_RowsWithoutId_GetTheSameIdEveryTime()
    {
        using var temp = new TempFolder();
        var path = temp.Write("events.csv", "date,source,target,cameo\n2001-04-01,CHN,USA,190\n2001-04-02,CHN,USA,190\n");

        var first = Fixtures.ReadAll(path).Events.Select(e => e.EventId).ToList();
        var second = Fixtures.ReadAll(path).Events.Select(e => e.EventId).ToList();

        Assert.Equal(first, second);
        Assert.Equal(2, first.Distinct().Count());
    }

    [Theory]
    [InlineData("2001-13-01,CHN,USA,190", "date", "not a date")]
    [InlineData("2001-04-01,China,USA,190", "source", "not a country code")]
    [InlineData("2001-04-01,CHN,,190", "target", "is empty")]
    [InlineData("2001-04-01,CHN,USA,42", "cameo", "'042' is")]
    public void ReadEvents_BadRow_StrictNamesLineAndField(string row, string field, string reason)
    {
        using var temp = new TempFolder();
        var path = temp.Write("events.csv", "date,source,target,cameo\n2001-04-01,CHN,USA,190\n" + row + "\n");

        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path));

        Assert.Equal(3, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEvents_UnknownColumn_RefusesAtHeader()
    {
        using var temp = new TempFolder();
        var path = temp.Write("events.csv", "date,source,target,cameo,colour\n");

        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path, format: EventFormat.Pendulum));

        Assert.Equal(1, error.Line);
        Assert.Equal("colour", error.Field);
    }

    [Fact]
    public void ReadEvents_CheckedColumn_ReadsCheckedUncheckedAndEmpty()
    {
        using var temp = new TempFolder();
        var path = temp.Write("events.csv", "date,source,target,cameo,reference,checked\n"
            + "2001-04-01,CHN,USA,190,\"Publisher, Title, 2001-04-02\",checked\n"
            + "2001-04-11,USA,CHN,055,Ref,unchecked\n"
            + "2001-04-12,CHN,USA,0841,Ref,\n");

        var (events, report) = Fixtures.ReadAll(path);

        Assert.Equal([true, false, null], events.Select(e => e.SourceChecked));
        Assert.Equal(0L, report.RowsUnchecked);
    }

    [Fact]
    public void ReadEvents_FileWithoutCheckedColumn_LeavesItNull()
    {
        using var temp = new TempFolder();
        var path = temp.Write("events.csv", "date,source,target,cameo\n2001-04-01,CHN,USA,190\n");

        var (events, _) = Fixtures.ReadAll(path, new EventReaderOptions { CheckedOnly = true });

        Assert.Null(Assert.Single(events).SourceChecked);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("Checked")]
    [InlineData("read")]
    public void ReadEvents_BadCheckedValue_StrictNamesLineAndField(string value)
    {
        using var temp = new TempFolder();
        var path = temp.Write("events.csv", "date,source,target,cameo,checked\n2001-04-01,CHN,USA,190,checked\n2001-04-02,CHN,USA,190," + value + "\n");

        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path));

        Assert.Equal(3, error.Line);
        Assert.Equal("checked", error.Field);
        Assert.Contains("is not 'checked' or 'unchecked'", error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:3: checked: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEvents_CheckedOnly_LeavesOutAndCountsTheUncheckedRows()
    {
        using var temp = new TempFolder();
        var path = temp.Write("events.csv", "date,source,target,cameo,checked\n"
            + "2001-04-01,CHN,USA,190,checked\n2001-04-11,USA,CHN,055,unchecked\n2001-04-12,CHN,USA,0841,\n");

        var (events, report) = Fixtures.ReadAll(path, new EventReaderOptions { CheckedOnly = true });

        Assert.Equal(["190", "0841"], events.Select(e => e.CameoCode));
        Assert.Equal(1L, report.RowsUnchecked);
        Assert.Equal(3L, report.RowsRead);
        Assert.Equal(2L, report.RowsKept);
    }
}
