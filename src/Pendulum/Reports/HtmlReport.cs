using System.Net;
using System.Text;

namespace Pendulum.Reports;

/// <summary>
/// A self-contained HTML page: headings, paragraphs, inline SVG charts and tables, with its styles inline and no
/// external address, so it opens offline and can be mailed as one file.
/// </summary>
public sealed class HtmlReport(string title)
{
    private const string Style = """
        body { font-family: Helvetica, Arial, sans-serif; color: #222; max-width: 960px; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
        p.lead { color: #555; margin-top: 0; } figure { margin: 1em 0; } svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; font-size: 0.9em; margin: 0.8em 0; } th, td { padding: 0.3em 0.7em; border-bottom: 1px solid #eee; text-align: left; }
        th { background: #f6f6f6; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .note { color: #666; font-size: 0.85em; } td:nth-child(-n+3) { white-space: nowrap; }
        """;

    private readonly StringBuilder _body = new();

    public HtmlReport Heading(string text)
    {
        _body.Append("<h2>").Append(Encode(text)).Append("</h2>\n");
        return this;
    }

    public HtmlReport Paragraph(string text, string? cssClass = null)
    {
        _body.Append(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>An SVG document from <see cref="SvgWriter"/>, inlined.</summary>
    public HtmlReport Figure(string svg, string caption)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        _body.Append("<figure>").Append(start < 0 ? "" : svg[start..]).Append("<figcaption class=\"note\">")
            .Append(Encode(caption)).Append("</figcaption></figure>\n");
        return this;
    }

    /// <summary>A table; cells that parse as numbers are right-aligned.</summary>
    public HtmlReport Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _body.Append("<table><thead><tr>");
        foreach (var h in header)
            _body.Append("<th>").Append(Encode(h)).Append("</th>");
        _body.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            foreach (var cell in row)
            {
                var numeric = double.TryParse(cell.Replace("%", "", StringComparison.Ordinal).Replace("+", "", StringComparison.Ordinal),
                    System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
                _body.Append(numeric ? "<td class=\"num\">" : "<td>").Append(Encode(cell)).Append("</td>");
            }

            _body.Append("</tr>\n");
        }

        _body.Append("</tbody></table>\n");
        return this;
    }

    public override string ToString() =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title><style>{Style}</style></head>\n"
        + $"<body><h1>{Encode(title)}</h1>\n{_body}</body></html>\n";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
