using Pendulum.Events;
using Pendulum.Events.Readers;

namespace Pendulum.Tests.Events.Readers;

public sealed class IcewsReaderTests
{
    private static readonly string Header = File.ReadLines(Fixtures.Icews).First();

    [Fact]
    public void ReadEvents_Sample_Reads3705EventsWith101UsaChina()
    {
        var (events, report) = Fixtures.ReadAll(Fixtures.Icews);

        Assert.Equal(3705, events.Count);
        Assert.Equal(101, events.Count(Fixtures.IsUsaChina));
        Assert.Equal(EventFormat.Icews, report.Format);
    }

    [Fact]
    public void ReadEvents_FirstRow_MapsNamesSectorsAndIntensity()
    {
        var first = Fixtures.ReadAll(Fixtures.Icews).Events[0];

        Assert.Equal("icews", first.Dataset);
        Assert.Equal("32889836", first.EventId);
        Assert.Equal(new DateOnly(2018, 6, 1), first.Date);
        Assert.Equal(new EventActor("BGD", "Foreign Affairs (Bangladesh)", "", "Executive;Foreign Ministry;Government"), first.Source);
        Assert.Equal("VNM", first.Target.Country);
        Assert.Equal("040", first.CameoCode);
        Assert.Equal(1.0, first.Goldstein);
        Assert.Equal(QuadClass.VerbalCooperation, first.QuadClass);
        Assert.Equal("Hanoi, Thanh Pho Ha Noi, Vietnam", first.Location!.Name);
        Assert.Equal("VNM", first.Location.Country);
    }

    [Fact]
    public void ReadEvents_Root14_IsMaterialConflictUnderIcewsConvention()
    {
        var protests = Fixtures.ReadAll(Fixtures.Icews).Events.Where(e => e.RootCode == "14").ToList();

        Assert.NotEmpty(protests);
        Assert.All(protests, e => Assert.Equal(QuadClass.MaterialConflict, e.QuadClass));
    }

    [Fact]
    public void ReadEvents_UnknownCountryName_StrictNamesTheField()
    {
        using var temp = new TempFolder();
        var row = File.ReadLines(Fixtures.Icews).Skip(1).First().Replace("\tBangladesh\t", "\tAtlantis\t", StringComparison.Ordinal);
        var path = temp.Write("bad.tab", Header + "\n" + row + "\n");

        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path));

        Assert.Equal(2, error.Line);
        Assert.Equal("Source Country", error.Field);
        Assert.Contains("Atlantis", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEvents_TaiwanAndHongKong_StayApartFromChina()
    {
        var events = Fixtures.ReadAll(Fixtures.Icews).Events;

        Assert.Contains(events, e => e.Source.Country == "TWN" || e.Target.Country == "TWN");
        Assert.Contains(events, e => e.Source.Country == "HKG" || e.Target.Country == "HKG");
    }
}
