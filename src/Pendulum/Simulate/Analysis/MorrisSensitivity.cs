using System.Globalization;
using Pendulum.Internals;

namespace Pendulum.Simulate;

/// <summary>
/// Morris's elementary effects (Morris 1991), summarised by <c>mu*</c>, the mean absolute effect (Campolongo, Cariboni
/// and Saltelli 2007), and <c>sigma</c>, the spread of the effects (non-linearity or interaction): which assumptions
/// drive an answer. Each parameter is scaled to [0, 1] over its range; a trajectory starts at a random point of a grid
/// of <see cref="MorrisOptions.Levels"/> levels and moves one parameter at a time, in random order, by
/// <c>Delta = L / (2 (L - 1))</c>, up or down at random; the effect is the change of an outcome's mean over
/// <see cref="SimulationOptions.Runs"/> runs divided by Delta, so it is in the outcome's units per whole range. Every
/// point runs on the same run seeds (common random numbers), so an effect is not simulation noise.
/// </summary>
public static class MorrisSensitivity
{
    /// <summary>The ranges to vary: each parameter the scenario sets, plus or minus the fraction, then the explicit ranges laid over.</summary>
    public static IReadOnlyList<ParameterRange> Ranges(string scenarioPath, MorrisOptions morris, out IReadOnlyList<string> leftOut)
    {
        var skipped = new List<string>();
        var ranges = new List<ParameterRange>();
        foreach (var (path, value) in ScenarioParameters.Numeric(scenarioPath))
        {
            if (morris.Ranges.Any(r => r.Path == path))
                continue;
            if (value == 0)
            {
                skipped.Add($"{path} (0: a fraction of it is no range; give --range {path}=LOW:HIGH)");
                continue;
            }

            var spread = Math.Abs(value) * morris.Fraction;
            var low = Valid(scenarioPath, path, value, value - spread);
            var high = Valid(scenarioPath, path, value, value + spread);
            if (high - low <= 0)
                skipped.Add($"{path} (no valid value on either side of {value.ToString(CultureInfo.InvariantCulture)})");
            else
                ranges.Add(new ParameterRange(path, low, high));
        }

        foreach (var range in morris.Ranges)
        {
            if (range.Low >= range.High)
                throw new UsageException($"{range.Path}: the low end {range.Low.ToString(CultureInfo.InvariantCulture)} is not below the high end {range.High.ToString(CultureInfo.InvariantCulture)}", "--range");
            ScenarioLoader.Load(scenarioPath, [new ScenarioOverride(range.Path, R(range.Low), "--range")]);
            ScenarioLoader.Load(scenarioPath, [new ScenarioOverride(range.Path, R(range.High), "--range")]);
            ranges.Add(range);
        }

        leftOut = skipped;
        return ranges;
    }

    /// <summary>Runs the design and summarises the effects; cancellation keeps the trajectories finished.</summary>
    public static SensitivityResult Run(string scenarioPath, SimulationOptions options, MorrisOptions morris,
        SimulationScope<SensitivityResult>? scope = null, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(morris.Levels, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(morris.Trajectories, 2);
        var ranges = Ranges(scenarioPath, morris, out var leftOut);
        if (ranges.Count == 0)
            throw new UsageException("the scenario sets no numeric parameter with a range to vary; give --range PATH=LOW:HIGH", "SCENARIO");
        var pairs = ScenarioLoader.Load(scenarioPath).Pairs.Select(p => p.Key).ToList();
        var design = Design(ranges.Count, morris, options.Seed);
        scope ??= (_, work) => work(null);
        return scope("sensitivity", progress =>
        {
            var total = design.Count * (ranges.Count + 1) * options.Runs;
            var done = 0;
            var effects = new List<double>[ranges.Count, pairs.Count, Outcome.All.Count];
            foreach (var index in Indices(effects))
                effects[index.P, index.Pair, index.O] = [];
            var finished = 0;
            foreach (var trajectory in design)
            {
                // A trajectory's effects count only once it is whole: every parameter keeps one effect per trajectory.
                var pending = new List<(int Moved, int Pair, int O, double Effect)>();
                var previous = Means(scenarioPath, ranges, trajectory[0].Point, options, pairs, cancel, out var cancelled);
                done += options.Runs;
                progress?.Report(new SimulationProgress(done, total));
                for (var step = 1; step < trajectory.Count && !cancelled; step++)
                {
                    var (point, moved, delta) = trajectory[step];
                    var next = Means(scenarioPath, ranges, point, options, pairs, cancel, out cancelled);
                    done += options.Runs;
                    progress?.Report(new SimulationProgress(done, total));
                    for (var pair = 0; pair < pairs.Count; pair++)
                    {
                        for (var o = 0; o < Outcome.All.Count; o++)
                        {
                            var change = next[pair, o] - previous[pair, o];
                            if (double.IsFinite(change))
                                pending.Add((moved, pair, o, change / delta));
                        }
                    }

                    previous = next;
                }

                if (cancelled)
                    break;
                foreach (var (moved, pair, o, effect) in pending)
                    effects[moved, pair, o].Add(effect);
                finished++;
            }

            return new SensitivityResult(Summarise(ranges, pairs, effects), ranges, leftOut, finished, finished < design.Count);
        });
    }

    private static IEnumerable<(int P, int Pair, int O)> Indices(List<double>[,,] effects)
    {
        for (var p = 0; p < effects.GetLength(0); p++)
        {
            for (var pair = 0; pair < effects.GetLength(1); pair++)
            {
                for (var o = 0; o < effects.GetLength(2); o++)
                    yield return (p, pair, o);
            }
        }
    }

    // Trajectories in the unit cube: a start on the grid, then one parameter moved at a time, in random order.
    internal static List<List<(double[] Point, int Moved, double Delta)>> Design(int parameters, MorrisOptions morris, ulong seed)
    {
        var random = new RandomStream(RandomStream.RunSeed(seed, -1));
        var levels = morris.Levels;
        var delta = levels / (2.0 * (levels - 1));
        var starts = Enumerable.Range(0, levels).Select(i => i / (double)(levels - 1)).Where(x => x + delta <= 1 + 1e-12).ToArray();
        var design = new List<List<(double[], int, double)>>();
        for (var t = 0; t < morris.Trajectories; t++)
        {
            var point = new double[parameters];
            var up = new bool[parameters];
            for (var j = 0; j < parameters; j++)
            {
                up[j] = random.NextDouble() < 0.5;
                var start = starts[random.NextInt(starts.Length)];
                point[j] = up[j] ? start : start + delta;
            }

            var order = Enumerable.Range(0, parameters).ToArray();
            for (var i = order.Length - 1; i > 0; i--)
            {
                var k = random.NextInt(i + 1);
                (order[i], order[k]) = (order[k], order[i]);
            }

            var trajectory = new List<(double[], int, double)> { ((double[])point.Clone(), -1, 0) };
            foreach (var j in order)
            {
                var step = up[j] ? delta : -delta;
                point[j] += step;
                trajectory.Add(((double[])point.Clone(), j, step));
            }

            design.Add(trajectory);
        }

        return design;
    }

    private static double[,] Means(string scenarioPath, IReadOnlyList<ParameterRange> ranges, double[] point, SimulationOptions options,
        List<string> pairs, CancellationToken cancel, out bool cancelled)
    {
        var overrides = ranges.Select((r, j) => new ScenarioOverride(r.Path, R(r.Low + point[j] * (r.High - r.Low)), "--range"));
        var scenario = ScenarioLoader.Load(scenarioPath, overrides);
        var result = SimulationRunner.Run(scenario, options with { StepQuantiles = false }, cancel: cancel);
        cancelled = result.Cancelled;
        var means = new double[pairs.Count, Outcome.All.Count];
        for (var p = 0; p < pairs.Count; p++)
        {
            for (var o = 0; o < Outcome.All.Count; o++)
                means[p, o] = result.Outcomes.Get(pairs[p], Outcome.All[o]).Mean;
        }

        return means;
    }

    private static List<SensitivityRow> Summarise(IReadOnlyList<ParameterRange> ranges, List<string> pairs, List<double>[,,] effects)
    {
        var rows = new List<SensitivityRow>();
        for (var pair = 0; pair < pairs.Count; pair++)
        {
            for (var o = 0; o < Outcome.All.Count; o++)
            {
                var block = Enumerable.Range(0, ranges.Count).Select(p =>
                {
                    var list = effects[p, pair, o];
                    var muStar = list.Count == 0 ? double.NaN : list.Average(Math.Abs);
                    var mean = list.Count == 0 ? double.NaN : list.Average();
                    var sigma = list.Count < 2 ? double.NaN : Math.Sqrt(list.Sum(e => (e - mean) * (e - mean)) / (list.Count - 1));
                    return (Parameter: ranges[p].Path, MuStar: muStar, Mean: mean, Sigma: sigma, Count: list.Count);
                }).ToList();
                var ranked = block.Where(b => !double.IsNaN(b.MuStar)).OrderByDescending(b => b.MuStar).ThenBy(b => b.Parameter, StringComparer.Ordinal).ToList();
                rows.AddRange(block.Select(b => new SensitivityRow(b.Parameter, pairs[pair], Outcome.All[o].Name, b.MuStar, b.Mean, b.Sigma,
                    double.IsNaN(b.MuStar) ? null : ranked.IndexOf(b) + 1, b.Count)));
            }
        }

        return rows;
    }

    // The largest move toward `target` from `value` that the scenario accepts, halving the step up to ten times.
    private static double Valid(string scenarioPath, string path, double value, double target)
    {
        for (var i = 0; i < 10; i++, target = value + (target - value) / 2)
        {
            try
            {
                ScenarioLoader.Load(scenarioPath, [new ScenarioOverride(path, R(target), "--range")]);
                return target;
            }
            catch (BadDataException)
            {
            }
        }

        return value;
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>The design of a Morris screening.</summary>
public sealed record MorrisOptions
{
    /// <summary>Trajectories, each costing (parameters + 1) simulations. Default 10 (Campolongo et al. 2007 found 10 enough to rank).</summary>
    public int Trajectories { get; init; } = 10;

    /// <summary>Grid levels per parameter. Default 4 (Morris 1991; Saltelli et al. 2008).</summary>
    public int Levels { get; init; } = 4;

    /// <summary>Each parameter the scenario sets varies over its value plus or minus this fraction of it (cut to what the scenario accepts). Default 0.5.</summary>
    public double Fraction { get; init; } = 0.5;

    /// <summary>Ranges given explicitly; they replace the fraction rule for their parameters, or add parameters the file leaves at their defaults.</summary>
    public IReadOnlyList<ParameterRange> Ranges { get; init; } = [];
}

/// <summary>A parameter's range: the dotted path of the scenario key and its two ends.</summary>
public sealed record ParameterRange(string Path, double Low, double High);

/// <summary>One parameter's effect on one outcome of one pair.</summary>
/// <param name="Parameter">The dotted path.</param>
/// <param name="Pair">The pair.</param>
/// <param name="Outcome">The outcome's name.</param>
/// <param name="MuStar">Mean absolute elementary effect, in outcome units per whole range.</param>
/// <param name="Mean">Mean signed effect (its sign says which way the parameter pushes, when the effects agree).</param>
/// <param name="Sigma">Standard deviation of the effects: non-linearity or interaction with other parameters.</param>
/// <param name="Rank">1 for the largest <paramref name="MuStar"/> of the pair and outcome; null when no effect was finite.</param>
/// <param name="Effects">Elementary effects behind the figures (one per trajectory, fewer where the outcome had no value).</param>
public sealed record SensitivityRow(string Parameter, string Pair, string Outcome, double MuStar, double Mean, double Sigma, int? Rank, int Effects);

/// <summary>A screening's rows, the ranges used and the parameters left out with the reason.</summary>
public sealed record SensitivityResult(IReadOnlyList<SensitivityRow> Rows, IReadOnlyList<ParameterRange> Ranges, IReadOnlyList<string> LeftOut,
    int Trajectories, bool Cancelled);
