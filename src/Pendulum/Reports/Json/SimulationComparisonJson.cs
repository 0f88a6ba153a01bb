using Pendulum.Simulate;

namespace Pendulum.Reports.Json;

/// <summary>
/// The web app's simulation result (<c>GET /api/simulations/{id}/result</c>): each scenario's fan of simulated
/// positions and outcomes, and each later scenario's differences from the first (paired runs, as <c>pendulum
/// compare</c>). Fields in docs/cli.md.
/// </summary>
public sealed record SimulationComparisonJson(int Runs, ulong Seed, IReadOnlyList<ScenarioResultJson> Scenarios, IReadOnlyList<DifferenceJson> Differences)
{
    public static SimulationComparisonJson From(ComparisonResult result) => new(result.Runs, result.Seed,
        [.. result.Scenarios.Select(ScenarioResultJson.From)], DifferenceJson.All(result.Differences));
}

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
    double DistrustBelow, double TrustAbove, IReadOnlyList<FanJson> Fans, IReadOnlyList<OutcomeJson> Outcomes)
{
    /// <summary>A compared scenario, its fans read from the per-step quantiles the comparison kept.</summary>
    public static ScenarioResultJson From(ComparedScenario compared)
    {
        var (label, scenario, result) = compared;
        return new ScenarioResultJson(label, scenario.Name, scenario.Description is { Length: > 0 } d ? d : null, scenario.Start,
            scenario.Step == TimeStep.Day ? "day" : "month", scenario.StepCount, scenario.Years, scenario.Zones.DistrustBelow,
            scenario.Zones.TrustAbove, [.. scenario.Pairs.Select((_, p) => FanJson.From(scenario, p, result.Steps!))],
            OutcomeJson.All(result.Outcomes));
    }
}

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
        IReadOnlyList<double?> Level(int level) => [.. kept.Select(s => NumberFormat.Json(table[s, level]))];
        return new FanJson(scenario.Pairs[pair].Key, [.. kept.Select(scenario.DateOf)], Level(0), Level(1), Level(2), Level(3), Level(4));
    }
}
