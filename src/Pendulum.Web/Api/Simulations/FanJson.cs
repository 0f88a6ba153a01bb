using Pendulum.Simulate;

namespace Pendulum.Web.Api.Simulations;

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
