using System.Globalization;
using System.Text;

namespace Pendulum.Calibrate;

/// <summary>
/// Writes a calibration's result as a scenario file that <c>extends:</c> the base and sets only the fitted keys
/// (and its own name), with a header of comments saying how it was made (docs/calibration.md).
/// </summary>
public static class FittedScenarioFile
{
    /// <param name="result">The calibration.</param>
    /// <param name="extends">The base scenario, as the new file should name it (relative to the new file's folder).</param>
    /// <param name="name">The new scenario's name.</param>
    /// <param name="header">Lines for the header comment (data, observer parameters), before the ones this writer adds.</param>
    public static string Write(CalibrationResult result, string extends, string name, IEnumerable<string> header)
    {
        var text = new StringBuilder();
        var o = result.Options;
        var lines = header.Concat(
        [
            I($"Seed {o.Seed}; {o.Runs} histories of {result.HistoryYears} years per candidate, the same run seeds for every one; {result.Evaluations} candidates"),
            I($"searched (Nelder-Mead{(result.Converged ? ", converged" : ", stopped at its budget")}); {result.TotalRuns} runs in all."),
            I($"Objective at the fit: {result.Objective:0.###} over {result.Moments.Count(m => m.Z is not null)} moments (sum of squared standardized errors)."),
            .. result.Moments.Where(m => m.Z is not null).Select(m =>
                I($"  {m.Moment.Name}: observed {m.Observed:0.####}, simulated {m.Simulated.Mean:0.####} (5-95% {m.Simulated.P5:0.####} to {m.Simulated.P95:0.####}), z {m.Z:0.00}")),
            .. result.Verdict,
            "Only the fitted keys (and the name) are set; everything else comes from the base.",
        ]);
        foreach (var line in lines)
            text.Append("# ").Append(line).Append('\n');
        text.Append("extends: ").Append(Scalar(extends)).Append('\n');
        text.Append("name: ").Append(Scalar(name)).Append('\n');

        // The fitted keys as a tree of their dotted paths; the pair key is one segment (it holds a '-', not a '.').
        var root = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var p in result.Parameters.Where(p => p.Fitted))
        {
            var segments = p.Path.Split('.');
            var node = root;
            foreach (var segment in segments[..^1])
            {
                if (!node.TryGetValue(segment, out var child))
                    node[segment] = child = new SortedDictionary<string, object>(StringComparer.Ordinal);
                node = (SortedDictionary<string, object>)child;
            }

            node[segments[^1]] = Number(p.Value);
        }

        Emit(text, root, 0);
        return text.ToString();
    }

    /// <summary>A value as the file writes it: six significant digits, enough to reproduce the fit's grid value.</summary>
    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static void Emit(StringBuilder text, SortedDictionary<string, object> node, int depth)
    {
        foreach (var (key, value) in node)
        {
            text.Append(' ', depth * 2).Append(key).Append(':');
            if (value is SortedDictionary<string, object> child)
            {
                text.Append('\n');
                Emit(text, child, depth + 1);
            }
            else
            {
                text.Append(' ').Append(value).Append('\n');
            }
        }
    }

    // Quoted only when YAML would otherwise read something else.
    private static string Scalar(string text) =>
        text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/') ? text : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
