using System.Globalization;
using Pendulum.Reports;
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
            output.WriteLine(CsvText.Row([r.Pair, r.Outcome.Name, NumberFormat.Csv(r.A.Mean), NumberFormat.Csv(r.B.Mean), NumberFormat.Csv(r.Difference.Mean), NumberFormat.Csv(r.Difference.Low),
                NumberFormat.Csv(r.Difference.High), r.Difference.Runs.ToString(CultureInfo.InvariantCulture)]));
        }
    }
}
