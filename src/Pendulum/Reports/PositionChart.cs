using System.Globalization;
using Pendulum.Belief;
using Pendulum.Observe;

namespace Pendulum.Reports;

/// <summary>
/// The pendulum chart: a pair's position over time in [-1, 1], the three zones shaded behind it, both directions'
/// beliefs as thin lines, event volume as bars along the bottom, and crisis episodes as bands.
/// </summary>
public static class PositionChart
{
    private const double Width = 900;
    private const double Height = 456;
    private const double Left = 56;
    private const double Right = 20;
    private const double Top = 40;
    private const double PlotHeight = 280;
    private const double BarsTop = Top + PlotHeight + 18;
    private const double BarsHeight = 50;

    /// <summary>Renders the chart as SVG. <paramref name="crises"/> are shaded as (start, end) bands.</summary>
    public static string Render(PairMeasurement m, IReadOnlyList<(DateOnly Start, DateOnly End)>? crises = null)
    {
        var svg = new SvgWriter(Width, Height);
        var plotWidth = Width - Left - Right;
        svg.Rect(0, 0, Width, Height, "#ffffff");
        svg.Text(Left, 22, $"{m.CountryA}-{m.CountryB}: position on the trust pendulum ({m.Frequency.Name()})", 14, weight: "bold");
        if (m.Periods.Count == 0)
        {
            svg.Text(Width / 2, Top + PlotHeight / 2, "no events in the range", 13, "middle", "#777");
            return svg.ToString();
        }

        var first = m.Periods[0].Period;
        var last = m.Frequency.NextPeriod(m.Periods[^1].Period);
        var span = Math.Max(last.DayNumber - first.DayNumber, 1);
        double X(DateOnly d) => Left + plotWidth * (d.DayNumber - first.DayNumber) / span;
        double Y(double position) => Top + PlotHeight * (1 - (position + 1) / 2);

        // Zones on m = (position + 1) / 2, so their edges in position units are 2 edge - 1.
        var belief = m.Parameters.Belief;
        var distrustTop = 2 * belief.DistrustBelow - 1;
        var trustBottom = 2 * belief.TrustAbove - 1;
        svg.Rect(Left, Y(1), plotWidth, Y(trustBottom) - Y(1), "#d9f0d3", "trust zone");
        svg.Rect(Left, Y(trustBottom), plotWidth, Y(distrustTop) - Y(trustBottom), "#f4f4f4", "strategic understanding");
        svg.Rect(Left, Y(distrustTop), plotWidth, Y(-1) - Y(distrustTop), "#f8d7d3", "distrust zone");
        svg.Text(Left + plotWidth - 6, Y(1) + 14, "trust", 10, "end", "#3a7d32");
        svg.Text(Left + plotWidth - 6, Y(trustBottom) + 14, "understanding", 10, "end", "#777");
        svg.Text(Left + plotWidth - 6, Y(distrustTop) + 14, "distrust", 10, "end", "#a33a2c");

        foreach (var (start, end) in crises ?? [])
        {
            svg.Rect(X(start), Top, Math.Max(X(end.AddDays(1)) - X(start), 2), PlotHeight, "#e08a00",
                $"crisis {start:yyyy-MM-dd} .. {end:yyyy-MM-dd}", 0.25);
        }

        foreach (var tick in new[] { -1.0, -0.5, 0, 0.5, 1 })
        {
            svg.Line(Left - 4, Y(tick), Left, Y(tick), "#555");
            svg.Text(Left - 8, Y(tick) + 4, tick.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture), 10, "end");
        }

        svg.Line(Left, Y(0), Left + plotWidth, Y(0), "#bbb", 0.8, "3,3");
        foreach (var (date, label) in TimeTicks(first, last))
        {
            svg.Line(X(date), Top + PlotHeight, X(date), Top + PlotHeight + 4, "#555");
            svg.Text(X(date), BarsTop + BarsHeight + 16, label, 10, "middle");
        }

        // Beliefs and position at each period's end, plotted at the period's middle.
        double Mid(PeriodMeasure p) => (X(p.Period) + X(m.Frequency.NextPeriod(p.Period))) / 2;

        // The interval on each period's mean position (bootstrap over its event days) as a band, broken where a period
        // had no events (no interval), and the mean as a thin dashed line.
        var withInterval = m.Periods.Where(p => p.Summary is { PositionLow: not null, PositionHigh: not null }).ToList();
        foreach (var run in Runs(m.Periods, p => p.Summary is { PositionLow: not null }))
        {
            var upper = run.Select(p => (Mid(p), Y(p.Summary!.PositionHigh!.Value)));
            var lower = run.AsEnumerable().Reverse().Select(p => (Mid(p), Y(p.Summary!.PositionLow!.Value)));
            svg.Polygon(run.Count == 1
                ? [(Mid(run[0]) - 2, Y(run[0].Summary!.PositionHigh!.Value)), (Mid(run[0]) + 2, Y(run[0].Summary!.PositionHigh!.Value)),
                    (Mid(run[0]) + 2, Y(run[0].Summary!.PositionLow!.Value)), (Mid(run[0]) - 2, Y(run[0].Summary!.PositionLow!.Value))]
                : upper.Concat(lower), "#222", 0.12);
        }
        svg.Polyline(m.Periods.Select(p => (Mid(p), Y(2 * p.MuAb - 1))), "#4c78a8", 1);
        svg.Polyline(m.Periods.Select(p => (Mid(p), Y(2 * p.MuBa - 1))), "#f58518", 1);
        svg.Polyline(m.Periods.Select(p => (Mid(p), Y(p.Position))), "#222", 2.2);
        svg.Rect(Left, Top, plotWidth, PlotHeight, "none");
        svg.Line(Left, Top, Left, Top + PlotHeight, "#555");
        svg.Line(Left, Top + PlotHeight, Left + plotWidth, Top + PlotHeight, "#555");

        var maxEvents = Math.Max(m.Periods.Max(p => p.Events), 1);
        foreach (var p in m.Periods.Where(p => p.Events > 0))
        {
            var x0 = X(p.Period);
            var w = Math.Max(X(m.Frequency.NextPeriod(p.Period)) - x0 - 1, 1);
            var hCoop = BarsHeight * (p.QuadCounts[0] + p.QuadCounts[1]) / maxEvents;
            var hConflict = BarsHeight * (p.QuadCounts[2] + p.QuadCounts[3]) / maxEvents;
            var title = string.Create(CultureInfo.InvariantCulture, $"{p.Period:yyyy-MM-dd}: {p.Events} events, {p.QuadCounts[0] + p.QuadCounts[1]} cooperative");
            svg.Rect(x0, BarsTop + BarsHeight - hCoop - hConflict, w, hConflict, "#d6604d", title);
            svg.Rect(x0, BarsTop + BarsHeight - hCoop, w, hCoop, "#4d9221", title);
        }

        svg.Text(Left - 8, BarsTop + 10, maxEvents.ToString("N0", CultureInfo.InvariantCulture), 9, "end", "#777");
        svg.Text(Left - 8, BarsTop + BarsHeight, "0", 9, "end", "#777");

        var legendY = Height - 24;
        Legend(svg, Left, legendY, "#222", "position");
        Legend(svg, Left + 90, legendY, "#4c78a8", $"trust in {m.CountryA} (mu_ab)");
        Legend(svg, Left + 250, legendY, "#f58518", $"trust in {m.CountryB} (mu_ba)");
        Legend(svg, Left + 410, legendY, "#4d9221", "cooperative events");
        Legend(svg, Left + 560, legendY, "#d6604d", "conflictual events");
        if (crises is { Count: > 0 })
            Legend(svg, Left + 710, legendY, "#e08a00", "crisis");
        if (m.Settings is { } settings)
            svg.Text(Left, Height - 4, $"Read with the {settings.Name} settings, hash {settings.Hash} (docs/observer.md, \"Settings\")."
                + (withInterval.Count > 0 ? " Grey band: 95% interval of each period's mean position (bootstrap over its event days)." : ""), 10, fill: "#555");
        return svg.ToString();
    }

    // Consecutive periods that satisfy the condition.
    private static List<List<PeriodMeasure>> Runs(IReadOnlyList<PeriodMeasure> periods, Func<PeriodMeasure, bool> keep)
    {
        var runs = new List<List<PeriodMeasure>>();
        List<PeriodMeasure>? current = null;
        foreach (var p in periods)
        {
            if (!keep(p))
            {
                current = null;
                continue;
            }

            if (current is null)
                runs.Add(current = []);
            current.Add(p);
        }

        return runs;
    }

    private static void Legend(SvgWriter svg, double x, double y, string color, string label)
    {
        svg.Rect(x, y - 8, 14, 6, color);
        svg.Text(x + 18, y - 2, label, 10);
    }

    private static IEnumerable<(DateOnly Date, string Label)> TimeTicks(DateOnly first, DateOnly last)
    {
        var days = last.DayNumber - first.DayNumber;
        if (days > 3 * 365)
        {
            var step = days > 25 * 365 ? 5 : days > 10 * 365 ? 2 : 1;
            for (var year = first.Year + (first.DayOfYear == 1 ? 0 : 1); year <= last.Year; year++)
            {
                var date = new DateOnly(year, 1, 1);
                if (year % step == 0 && date >= first && date <= last)
                    yield return (date, year.ToString(CultureInfo.InvariantCulture));
            }

            yield break;
        }

        var monthStep = days > 365 ? 3 : days > 90 ? 1 : 0;
        if (monthStep == 0)
        {
            var dayStep = Math.Max(days / 8, 1);
            for (var d = first; d < last; d = d.AddDays(dayStep))
                yield return (d, d.ToString("MM-dd", CultureInfo.InvariantCulture));
            yield break;
        }

        for (var d = new DateOnly(first.Year, first.Month, 1); d <= last; d = d.AddMonths(monthStep))
        {
            if (d >= first)
                yield return (d, d.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }
    }
}
