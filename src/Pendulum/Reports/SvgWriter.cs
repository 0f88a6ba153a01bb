using System.Globalization;
using System.Security;
using System.Text;

namespace Pendulum.Reports;

/// <summary>
/// A small SVG builder: shapes and text with invariant number formatting and escaped text, nothing else. Charts are
/// built on it because a chart in a paper needs exact control and byte-stable output, which the tests hold.
/// </summary>
public sealed class SvgWriter
{
    private readonly StringBuilder _body = new();

    public SvgWriter(double width, double height)
    {
        Width = width;
        Height = height;
    }

    public double Width { get; }

    public double Height { get; }

    public SvgWriter Rect(double x, double y, double width, double height, string fill, string? title = null, double opacity = 1)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(width, 0))}\" height=\"{N(Math.Max(height, 0))}\" fill=\"{Escape(fill)}\"");
        if (opacity < 1)
            _body.Append(CultureInfo.InvariantCulture, $" fill-opacity=\"{N(opacity)}\"");
        return Close(title, "rect");
    }

    public SvgWriter Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{Escape(stroke)}\" stroke-width=\"{N(width)}\"");
        if (dash is not null)
            _body.Append(CultureInfo.InvariantCulture, $" stroke-dasharray=\"{Escape(dash)}\"");
        _body.Append("/>\n");
        return this;
    }

    /// <summary>A connected line through the points; a NaN y breaks it into segments.</summary>
    public SvgWriter Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width = 1.5)
    {
        var segment = new List<(double X, double Y)>();
        foreach (var p in points.Append((X: double.NaN, Y: double.NaN)))
        {
            if (double.IsFinite(p.Y) && double.IsFinite(p.X))
            {
                segment.Add(p);
                continue;
            }

            if (segment.Count > 0)
            {
                var coordinates = string.Join(' ', segment.Select(s => $"{N(s.X)},{N(s.Y)}"));
                _body.Append(CultureInfo.InvariantCulture,
                    $"<polyline points=\"{coordinates}\" fill=\"none\" stroke=\"{Escape(stroke)}\" stroke-width=\"{N(width)}\" stroke-linejoin=\"round\"/>\n");
                segment.Clear();
            }
        }

        return this;
    }

    /// <summary>A filled polygon (bands of fan charts).</summary>
    public SvgWriter Polygon(IEnumerable<(double X, double Y)> points, string fill, double opacity = 1)
    {
        var coordinates = string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"));
        _body.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{coordinates}\" fill=\"{Escape(fill)}\"");
        if (opacity < 1)
            _body.Append(CultureInfo.InvariantCulture, $" fill-opacity=\"{N(opacity)}\"");
        _body.Append("/>\n");
        return this;
    }

    public SvgWriter Circle(double cx, double cy, double r, string fill, string? title = null)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"{Escape(fill)}\"");
        return Close(title, "circle");
    }

    /// <summary>Text; <paramref name="anchor"/> is <c>start</c>, <c>middle</c> or <c>end</c>.</summary>
    public SvgWriter Text(double x, double y, string text, double size = 11, string anchor = "start", string fill = "#333",
        string weight = "normal")
    {
        _body.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\" text-anchor=\"{anchor}\" fill=\"{Escape(fill)}\" font-weight=\"{weight}\">{Escape(text)}</text>\n");
        return this;
    }

    /// <summary>The complete SVG document.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(Width)}\" height=\"{N(Height)}\" viewBox=\"0 0 {N(Width)} {N(Height)}\" font-family=\"Helvetica, Arial, sans-serif\">\n")
        + _body + "</svg>\n";

    /// <summary>Numbers with at most two decimals and a dot: enough for screen coordinates, stable across cultures.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    private SvgWriter Close(string? title, string element)
    {
        if (title is null)
        {
            _body.Append("/>\n");
        }
        else
        {
            _body.Append(CultureInfo.InvariantCulture, $"><title>{Escape(title)}</title></{element}>\n");
        }

        return this;
    }
}
