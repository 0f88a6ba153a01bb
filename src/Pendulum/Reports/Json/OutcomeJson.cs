using Pendulum.Simulate;

namespace Pendulum.Reports.Json;

/// <summary>One outcome of one pair over the runs, with its 95% interval: <c>simulate</c>'s and the web's rows.</summary>
/// <param name="Pair">The pair's key (<c>USA-CHN</c>).</param>
/// <param name="Outcome">The outcome's name (snake_case, as in summary.csv).</param>
/// <param name="Label">The outcome in words.</param>
/// <param name="Mean">Mean over the runs it applies to; null when it applies to none.</param>
/// <param name="CiLow">Lower end of the 95% interval; null when there is none.</param>
/// <param name="CiHigh">Upper end of the 95% interval.</param>
/// <param name="Runs">Runs the outcome applies to.</param>
public sealed record OutcomeJson(string Pair, string Outcome, string Label, double? Mean, double? CiLow, double? CiHigh, long Runs)
{
    public static OutcomeJson From(string pair, Outcome outcome, Estimate e) =>
        new(pair, outcome.Name, outcome.Label, NumberFormat.Json(e.Mean), NumberFormat.Json(e.Low), NumberFormat.Json(e.High), e.Runs);

    /// <summary>Every pair's every outcome, in the order of the summary table.</summary>
    public static IReadOnlyList<OutcomeJson> All(OutcomeStatistics outcomes) =>
        [.. outcomes.Pairs.SelectMany(pair => Simulate.Outcome.All.Select(o => From(pair, o, outcomes.Get(pair, o))))];
}
