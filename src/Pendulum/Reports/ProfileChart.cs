using System.Globalization;
using Pendulum.Calibrate;

namespace Pendulum.Reports;

/// <summary>
/// The calibration's objective along each fitted parameter, the others held at the fit: one panel per parameter, the
/// value on a logarithmic axis, the fit marked. A parameter the moments identify shows a valley; a flat line says the
/// moments hardly tell its values apart (docs/calibration.md, "Identification").
/// </summary>
public static class ProfileChart
{
    private const double PanelWidth = 280;
    private const double PanelHeight = 150;
    private const double Left = 52;
    private const double Top = 28;
    private const double Gap = 34;

    /// <param name="points">The profile points (<see cref="CalibrationResult.Profiles"/>).</param>
    /// <param name="fit">The fitted parameters, for the mark at each fit.</param>
    public static string Render(IReadOnlyList<ProfilePoint> points, IReadOnlyList<ParameterFit> fit)
    {
        var panels = points.GroupBy(p => p.Parameter).ToList();
        var width = Left + panels.Count * (PanelWidth + Gap);
        var height = Top + PanelHeight + 44;
        var svg = new SvgWriter(Math.Max(width, 200), height);
        svg.Rect(0, 0, svg.Width, height, "#ffffff");
        for (var k = 0; k < panels.Count; k++)
        {
            var parameter = panels[k].Key;
            var finite = panels[k].Where(p => double.IsFinite(p.Objective)).OrderBy(p => p.Value).ToList();
            var left = Left + k * (PanelWidth + Gap);
            svg.Text(left, Top - 10, parameter.Name, 12, weight: "bold");
            svg.Line(left, Top + PanelHeight, left + PanelWidth, Top + PanelHeight, "#555");
            svg.Line(left, Top, left, Top + PanelHeight, "#555");
            if (finite.Count == 0)
                continue;
            double lowX = Math.Log(finite[0].Value), highX = Math.Log(finite[^1].Value);
            double lowY = Math.Min(0, finite.Min(p => p.Objective)), highY = Math.Max(finite.Max(p => p.Objective), 1e-9);
            double X(double value) => left + PanelWidth * (highX > lowX ? (Math.Log(value) - lowX) / (highX - lowX) : 0.5);
            double Y(double objective) => Top + PanelHeight * (1 - (objective - lowY) / (highY - lowY));
            svg.Polyline(finite.Select(p => (X(p.Value), Y(p.Objective))), "#1f3b5c", 1.8);
            foreach (var p in finite)
                svg.Circle(X(p.Value), Y(p.Objective), 2.5, "#1f3b5c", I($"{parameter.Name} = {p.Value:0.####}: objective {p.Objective:0.##}"));
            if (fit.FirstOrDefault(f => f.Parameter == parameter) is { } fitted)
                svg.Line(X(fitted.Value), Top, X(fitted.Value), Top + PanelHeight, "#c0392b", 1, "4 3");
            svg.Text(left - 4, Y(highY) + 4, I($"{highY:0.#}"), 9, "end");
            svg.Text(left - 4, Y(lowY) + 4, I($"{lowY:0.#}"), 9, "end");
            svg.Text(left, Top + PanelHeight + 14, I($"{finite[0].Value:0.###}"), 9);
            svg.Text(left + PanelWidth, Top + PanelHeight + 14, I($"{finite[^1].Value:0.###}"), 9, "end");
            svg.Text(left + PanelWidth / 2, Top + PanelHeight + 30, parameter.Label + " (log scale)", 10, "middle");
        }

        return svg.ToString();
    }

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
