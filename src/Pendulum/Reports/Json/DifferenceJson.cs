using Pendulum.Simulate;

namespace Pendulum.Reports.Json;

/// <summary>
/// Scenario B's outcome minus scenario A's for one pair, over paired runs, with the 95% interval of the paired
/// differences: the rows of <c>compare</c> and of the web's simulations.
/// </summary>
/// <param name="A">The first scenario's label.</param>
/// <param name="B">The compared scenario's label.</param>
/// <param name="Pair">The pair's key.</param>
/// <param name="Outcome">The outcome's name.</param>
/// <param name="Label">The outcome in words.</param>
/// <param name="MeanA">Mean under A; null when the outcome applies to no run.</param>
/// <param name="MeanB">Mean under B.</param>
/// <param name="Difference">Mean of the paired differences B - A (over runs where it applies to both).</param>
/// <param name="CiLow">Lower end of the difference's 95% interval.</param>
/// <param name="CiHigh">Upper end of the difference's 95% interval.</param>
/// <param name="Runs">Paired runs the difference is taken over.</param>
public sealed record DifferenceJson(string A, string B, string Pair, string Outcome, string Label, double? MeanA, double? MeanB,
    double? Difference, double? CiLow, double? CiHigh, long Runs)
{
    public static DifferenceJson From(string a, string b, OutcomeDifference d) => new(a, b, d.Pair, d.Outcome.Name, d.Outcome.Label,
        NumberFormat.Json(d.A.Mean), NumberFormat.Json(d.B.Mean), NumberFormat.Json(d.Difference.Mean), NumberFormat.Json(d.Difference.Low),
        NumberFormat.Json(d.Difference.High), d.Difference.Runs);

    /// <summary>Every row of every later scenario, scenario by scenario.</summary>
    public static IReadOnlyList<DifferenceJson> All(IEnumerable<ScenarioDifferences> differences) =>
        [.. differences.SelectMany(s => s.Rows.Select(d => From(s.A, s.B, d)))];
}
