using Pendulum.Simulate;

namespace Pendulum.Web.Api.Simulations;

/// <summary>One outcome of one pair over the runs, with its 95% interval (as <c>pendulum simulate</c>'s summary).</summary>
public sealed record OutcomeJson(string Pair, string Outcome, string Label, double? Mean, double? CiLow, double? CiHigh, long Runs)
{
    public static OutcomeJson From(string pair, Outcome outcome, Estimate e) =>
        new(pair, outcome.Name, outcome.Label, FanJson.Finite(e.Mean), FanJson.Finite(e.Low), FanJson.Finite(e.High), e.Runs);
}
