using Pendulum.Simulate;

namespace Pendulum.Reports.Json;

/// <summary><c>pendulum simulate --format json</c>: the scenario's outcomes and the beliefs' reliability table (fields in docs/cli.md).</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Runs">Runs finished.</param>
/// <param name="Seed">The master seed.</param>
/// <param name="Cancelled">True when the simulation stopped early; the rest covers the runs finished.</param>
/// <param name="Outcomes">Every pair's outcomes.</param>
/// <param name="Calibration">The reliability table: one row per tenth of belief.</param>
public sealed record SimulationJson(string Scenario, int Runs, ulong Seed, bool Cancelled, IReadOnlyList<OutcomeJson> Outcomes,
    IReadOnlyList<CalibrationBinJson> Calibration)
{
    public static SimulationJson From(SimulationResult result) => new(result.Scenario.Name, result.RunsCompleted, result.Options.Seed,
        result.Cancelled, OutcomeJson.All(result.Outcomes), [.. result.Calibration.Rows().Select(CalibrationBinJson.From)]);
}

/// <summary>One bin of the beliefs' reliability table (docs/model.md section 6).</summary>
/// <param name="BinLow">The bin's lower edge on mu.</param>
/// <param name="BinHigh">The bin's upper edge on mu.</param>
/// <param name="MeanMu">Mean belief in the bin; null for an empty bin.</param>
/// <param name="ShareTrustworthy">Share of those beliefs held about a security seeker; null for an empty bin.</param>
/// <param name="Steps">Beliefs in the bin (steps x directions x pairs x runs).</param>
public sealed record CalibrationBinJson(double? BinLow, double? BinHigh, double? MeanMu, double? ShareTrustworthy, long Steps)
{
    public static CalibrationBinJson From(CalibrationBin r) =>
        new(NumberFormat.Json(r.Low), NumberFormat.Json(r.High), NumberFormat.Json(r.MeanMu), NumberFormat.Json(r.ShareTrustworthy), r.Steps);
}
