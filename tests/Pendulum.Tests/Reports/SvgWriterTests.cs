using System.Xml.Linq;
using Pendulum.Observe;
using Pendulum.Reports;

namespace Pendulum.Tests.Reports;

public sealed class SvgWriterTests
{
    [Fact]
    public void ToString_ShapesAndText_IsWellFormedSvgWithEscapedText()
    {
        var svg = new SvgWriter(100, 50)
            .Rect(0, 0, 10.123, 5, "#fff", "a <b> & c")
            .Text(1, 2, "US & China <2018>")
            .Polyline([(0, 0), (1, 1), (2, double.NaN), (3, 3), (4, 4)], "#000")
            .ToString();

        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        Assert.Equal("US & China <2018>", doc.Descendants(ns + "text").Single().Value);
        Assert.Equal("10.12", doc.Descendants(ns + "rect").Single().Attribute("width")!.Value);
        Assert.Equal(2, doc.Descendants(ns + "polyline").Count());
    }

    [Fact]
    public void Render_RealMeasurement_DrawsZonesPositionAndCrisisBand()
    {
        var acc = new PairAccumulator("USA", "CHN", 3);
        foreach (var e in Fixtures.ReadAll(Fixtures.Icews).Events)
            acc.Add(e);
        var measurement = acc.Measure(Frequency.Day, new ObserverParameters());

        var svg = PositionChart.Render(measurement, [(new DateOnly(2018, 6, 1), new DateOnly(2018, 6, 1))]);

        var doc = XDocument.Parse(svg);
        var titles = doc.Descendants().Where(e => e.Name.LocalName == "title").Select(t => t.Value).ToList();
        Assert.Contains("trust zone", titles);
        Assert.Contains("distrust zone", titles);
        Assert.Contains(titles, t => t.StartsWith("crisis 2018-06-01", StringComparison.Ordinal));
        Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "polyline" && e.Attribute("stroke")?.Value == "#222");
    }

    [Fact]
    public void Render_NoPeriods_SaysSo()
    {
        var empty = new PairMeasurement("USA", "CHN", Frequency.Month, new ObserverParameters(), []);

        Assert.Contains("no events in the range", PositionChart.Render(empty), StringComparison.Ordinal);
    }
}
