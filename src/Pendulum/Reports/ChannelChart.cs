using System.Globalization;
using Pendulum.Observe.Channels;

namespace Pendulum.Reports;

/// <summary>Channels as horizontal bands over time, one row each, coloured by status.</summary>
public static class ChannelChart
{
    private const double Width = 900;
    private const double Left = 190;
    private const double Right = 20;
    private const double Row = 22;
    private const double Top = 30;

    /// <summary>Colour of each status: calm for active, grey for dormant, red for suspended.</summary>
    public static string Colour(ChannelStatus status) => status switch
    {
        ChannelStatus.Active or ChannelStatus.Resumed => "#4d9221",
        ChannelStatus.Suspended => "#d6604d",
        ChannelStatus.Dormant => "#c9c9c9",
        _ => "#eeeeee",
    };

    public static string Render(IReadOnlyList<ChannelTimeline> timelines, DateOnly from, DateOnly to, string title)
    {
        var rows = timelines.Where(t => t.Changes.Count > 0).ToList();
        var height = Top + Row * Math.Max(rows.Count, 1) + 50;
        var svg = new SvgWriter(Width, height);
        svg.Rect(0, 0, Width, height, "#ffffff");
        svg.Text(10, 18, title, 13, weight: "bold");
        var plotWidth = Width - Left - Right;
        var span = Math.Max(to.DayNumber - from.DayNumber + 1, 1);
        double X(DateOnly d) => Left + plotWidth * Math.Clamp(d.DayNumber - from.DayNumber, 0, span) / span;
        if (rows.Count == 0)
            svg.Text(Left, Top + 14, "no channel activity in the range", 11, fill: "#777");
        for (var i = 0; i < rows.Count; i++)
        {
            var y = Top + i * Row;
            var t = rows[i];
            svg.Text(Left - 8, y + 14, Shorten(t.Name), 11, "end");
            for (var c = 0; c < t.Changes.Count; c++)
            {
                var change = t.Changes[c];
                var end = c + 1 < t.Changes.Count ? t.Changes[c + 1].Date : to.AddDays(1);
                if (end <= from || change.Date > to)
                    continue;
                var x0 = X(change.Date < from ? from : change.Date);
                var title2 = string.Create(CultureInfo.InvariantCulture, $"{t.Name}: {change.Status.ToString().ToLowerInvariant()} from {change.Date:yyyy-MM-dd} ({change.Reason})");
                svg.Rect(x0, y + 3, Math.Max(X(end) - x0, 1.5), Row - 8, Colour(change.Status), title2);
            }
        }

        var axisY = Top + Row * Math.Max(rows.Count, 1) + 8;
        svg.Line(Left, axisY, Left + plotWidth, axisY, "#555");
        var years = span / 365.25;
        var step = years > 25 ? 5 : years > 10 ? 2 : 1;
        for (var year = from.Year; year <= to.Year; year++)
        {
            var d = new DateOnly(year, 1, 1);
            if (d < from || year % step != 0)
                continue;
            svg.Line(X(d), axisY, X(d), axisY + 4, "#555");
            svg.Text(X(d), axisY + 16, year.ToString(CultureInfo.InvariantCulture), 10, "middle");
        }

        var legendX = Left;
        foreach (var (status, label) in new[] { (ChannelStatus.Active, "active"), (ChannelStatus.Dormant, "dormant"), (ChannelStatus.Suspended, "suspended") })
        {
            svg.Rect(legendX, height - 14, 14, 8, Colour(status));
            svg.Text(legendX + 18, height - 7, label, 10);
            legendX += 90;
        }

        return svg.ToString();
    }

    private static string Shorten(string name) => name.Length <= 28 ? name : name[..27] + "…";
}
