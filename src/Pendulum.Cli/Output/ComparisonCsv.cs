using System.Globalization;
using Pendulum.Simulate;

namespace Pendulum.Cli.Output;

/// <summary><c>compare --format csv</c> (and Parquet): one row per pair and outcome, the fields of the JSON's <c>outcomes</c>.</summary>
internal static class ComparisonCsv
{
    public static void Write(IReadOnlyList<OutcomeDifference> rows, TextWriter output)
    {
        output.WriteLine("pair,outcome,mean_a,mean_b,difference,ci_low,ci_high,runs");
        foreach (var r in rows)
        {
            output.WriteLine(CsvText.Row([r.Pair, r.Outcome.Name, R(r.A.Mean), R(r.B.Mean), R(r.Difference.Mean), R(r.Difference.Low),
                R(r.Difference.High), r.Difference.Runs.ToString(CultureInfo.InvariantCulture)]));
        }
    }

    // Not-a-number (an outcome no run had) and infinities are missing values, as in the JSON.
    private static string R(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";
}
