using Pendulum.Simulate;

namespace Pendulum.Web.Analysis;

/// <summary>
/// The body of <c>GET /api/simulations/{id}/result</c>: each scenario's fan of simulated positions and outcomes, and
/// each later scenario's differences from the first (paired runs, as <c>pendulum compare</c>). Fields in docs/cli.md.
/// </summary>
public sealed record SimulationResultJson(int Runs, ulong Seed, IReadOnlyList<ScenarioResultJson> Scenarios, IReadOnlyList<DifferenceJson> Differences);

/// <summary>One scenario's result.</summary>
/// <param name="Label">The label asked for (or the scenario's name), unique within the result.</param>
/// <param name="Name">The scenario's own <c>name</c>.</param>
/// <param name="Description">The scenario's description, when it has one.</param>
/// <param name="Start">The date of step 0.</param>
/// <param name="Step"><c>day</c> or <c>month</c>.</param>
/// <param name="Steps">Steps per run.</param>
/// <param name="Years">The horizon, in years.</param>
/// <param name="DistrustBelow">The scenario's zone edge on mu (the position's edge is 2 x - 1).</param>
/// <param name="TrustAbove">The scenario's zone edge on mu.</param>
/// <param name="Fans">Each pair's simulated position across runs.</param>
/// <param name="Outcomes">Each pair's outcomes over the runs.</param>
public sealed record ScenarioResultJson(string Label, string Name, string? Description, DateOnly Start, string Step, int Steps, int Years,
    double DistrustBelow, double TrustAbove, IReadOnlyList<FanJson> Fans, IReadOnlyList<OutcomeJson> Outcomes);

/// <summary>
/// A pair's simulated position across runs, step by step (at most <see cref="MaxPoints"/> dates, evenly spaced, the
/// last step always among them): the 5%, 25%, 50%, 75% and 95% quantiles.
/// </summary>
public sealed record FanJson(string Pair, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double?> P05, IReadOnlyList<double?> P25,
    IReadOnlyList<double?> P50, IReadOnlyList<double?> P75, IReadOnlyList<double?> P95)
{
    /// <summary>Dates kept per fan. Default 400: more than a chart's width needs, a small response.</summary>
    public const int MaxPoints = 400;

    public static FanJson From(Scenario scenario, int pair, StepQuantiles quantiles)
    {
        var table = quantiles.Table(pair, StepSeries.Position);
        var steps = table.GetLength(0);
        var every = Math.Max(1, (int)Math.Ceiling(steps / (double)MaxPoints));
        var kept = Enumerable.Range(0, steps).Where(s => s % every == 0 || s == steps - 1).ToList();
        IReadOnlyList<double?> Level(int level) => kept.Select(s => Finite(table[s, level])).ToList();
        return new FanJson(scenario.Pairs[pair].Key, kept.Select(scenario.DateOf).ToList(), Level(0), Level(1), Level(2), Level(3), Level(4));
    }

    /// <summary>JSON has no NaN: a value no run had is null.</summary>
    public static double? Finite(double value) => double.IsFinite(value) ? Math.Round(value, 6) : null;
}

/// <summary>One outcome of one pair over the runs, with its 95% interval (as <c>pendulum simulate</c>'s summary).</summary>
public sealed record OutcomeJson(string Pair, string Outcome, string Label, double? Mean, double? CiLow, double? CiHigh, long Runs)
{
    public static OutcomeJson From(string pair, Outcome outcome, Estimate e) =>
        new(pair, outcome.Name, outcome.Label, FanJson.Finite(e.Mean), FanJson.Finite(e.Low), FanJson.Finite(e.High), e.Runs);
}

/// <summary>B minus A for one outcome of one pair over paired runs, as in <c>pendulum compare --format json</c>, with the outcome's label.</summary>
public sealed record DifferenceJson(string A, string B, string Pair, string Outcome, string Label, double? MeanA, double? MeanB,
    double? Difference, double? CiLow, double? CiHigh, long Runs)
{
    public static DifferenceJson From(string a, string b, OutcomeDifference d) => new(a, b, d.Pair, d.Outcome.Name, d.Outcome.Label,
        FanJson.Finite(d.A.Mean), FanJson.Finite(d.B.Mean), FanJson.Finite(d.Difference.Mean), FanJson.Finite(d.Difference.Low),
        FanJson.Finite(d.Difference.High), d.Difference.Runs);
}
