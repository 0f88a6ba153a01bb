using Pendulum.Simulate;

namespace Pendulum.Web.Api.Simulations;

/// <summary>B minus A for one outcome of one pair over paired runs, as in <c>pendulum compare --format json</c>, with the outcome's label.</summary>
public sealed record DifferenceJson(string A, string B, string Pair, string Outcome, string Label, double? MeanA, double? MeanB,
    double? Difference, double? CiLow, double? CiHigh, long Runs)
{
    public static DifferenceJson From(string a, string b, OutcomeDifference d) => new(a, b, d.Pair, d.Outcome.Name, d.Outcome.Label,
        FanJson.Finite(d.A.Mean), FanJson.Finite(d.B.Mean), FanJson.Finite(d.Difference.Mean), FanJson.Finite(d.Difference.Low),
        FanJson.Finite(d.Difference.High), d.Difference.Runs);
}
