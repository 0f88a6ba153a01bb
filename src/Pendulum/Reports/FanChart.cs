using System.Globalization;

namespace Pendulum.Reports;

/// <summary>One scenario's per-step quantiles of a series, for a fan chart.</summary>
/// <param name="Name">Scenario name, shown as the panel's title.</param>
/// <param name="Start">Date of step 0.</param>
/// <param name="DaysPerStep">Days per step (1 for daily steps, about 30.4 for monthly).</param>
/// <param name="Quantiles">[step, level] for the levels 5%, 25%, 50%, 75%, 95%.</param>
public sealed record FanSeries(string Name, DateOnly Start, double DaysPerStep, double[,] Quantiles);

/// <summary>
/// Fan charts of the pendulum position across simulated runs: one panel per scenario, the 5-95% band light, the
/// 25-75% band darker, the median as a line, the zones shaded behind, on a shared scale so panels compare at a glance.
/// </summary>
public static class FanChart
{
    private const double Width = 900;
    private const double PanelHeight = 150;
    private const double Left = 56;
    private const double Right = 20;
    private const double Gap = 46;

    /// <param name="panels">The scenarios, in the order to show them.</param>
    /// <param name="distrustBelow">Zone edge on mu (position edge is 2 edge - 1).</param>
    /// <param name="trustAbove">Zone edge on mu.</param>
    public static string Render(IReadOnlyList<FanSeries> panels, double distrustBelow = 1.0 / 3, double trustAbove = 5.0 / 6)
    {
        var height = 20 + panels.Count * (PanelHeight + Gap) + 10;
        var svg = new SvgWriter(Width, height);
        svg.Rect(0, 0, Width, height, "#ffffff");
        var plotWidth = Width - Left - Right;
        for (var p = 0; p < panels.Count; p++)
        {
            var panel = panels[p];
            var top = 20 + p * (PanelHeight + Gap) + 14;
            var steps = panel.Quantiles.GetLength(0);
            double X(int step) => Left + plotWidth * step / Math.Max(steps - 1, 1);
            double Y(double position) => top + PanelHeight * (1 - (position + 1) / 2);
            svg.Text(Left, top - 6, panel.Name, 12, weight: "bold");
            svg.Rect(Left, Y(1), plotWidth, Y(2 * trustAbove - 1) - Y(1), "#d9f0d3");
            svg.Rect(Left, Y(2 * trustAbove - 1), plotWidth, Y(2 * distrustBelow - 1) - Y(2 * trustAbove - 1), "#f4f4f4");
            svg.Rect(Left, Y(2 * distrustBelow - 1), plotWidth, Y(-1) - Y(2 * distrustBelow - 1), "#f8d7d3");
            Band(svg, steps, X, Y, panel.Quantiles, 0, 4, "#4c78a8", 0.18);
            Band(svg, steps, X, Y, panel.Quantiles, 1, 3, "#4c78a8", 0.35);
            svg.Polyline(Enumerable.Range(0, steps).Where(s => Keep(s, steps)).Select(s => (X(s), Y(panel.Quantiles[s, 2]))), "#1f3b5c", 1.8);
            foreach (var tick in new[] { -1.0, 0, 1 })
                svg.Text(Left - 6, Y(tick) + 4, tick.ToString("+0;-0;0", CultureInfo.InvariantCulture), 10, "end");
            var years = steps * panel.DaysPerStep / 365.25;
            for (var year = 0; year <= (int)years; year += years > 12 ? 2 : 1)
            {
                var x = Left + plotWidth * Math.Min(year / Math.Max(years, 1e-9), 1);
                svg.Line(x, top + PanelHeight, x, top + PanelHeight + 4, "#555");
                svg.Text(x, top + PanelHeight + 15, (panel.Start.Year + year).ToString(CultureInfo.InvariantCulture), 9, "middle");
            }

            svg.Line(Left, top + PanelHeight, Left + plotWidth, top + PanelHeight, "#555");
        }

        return svg.ToString();
    }

    // The band between two quantile levels as one polygon: the upper edge forward, the lower edge back.
    private static void Band(SvgWriter svg, int steps, Func<int, double> x, Func<double, double> y, double[,] q, int low, int high,
        string colour, double opacity)
    {
        var kept = Enumerable.Range(0, steps).Where(s => Keep(s, steps)).ToList();
        var upper = kept.Select(s => (x(s), y(q[s, high])));
        var lower = Enumerable.Reverse(kept).Select(s => (x(s), y(q[s, low])));
        svg.Polygon(upper.Concat(lower), colour, opacity);
    }

    private static bool Keep(int step, int steps) => steps <= 1200 || step % (steps / 600) == 0 || step == steps - 1;
}
