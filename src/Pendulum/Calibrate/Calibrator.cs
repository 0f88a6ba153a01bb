using Pendulum.Observe;
using System.Globalization;
using Pendulum.Simulate;

namespace Pendulum.Calibrate;

/// <summary>
/// Fits a scenario's rates, durations and switching hazards to a pair's record by the simulated method of moments:
/// a deterministic grid search, coarse then fine, over histories as long as the record, with common random numbers
/// across candidates. The method, the weights and the budget are in docs/calibration.md.
/// </summary>
public static class Calibrator
{
    /// <param name="scenario">The base scenario.</param>
    /// <param name="pairKey">The pair to fit, as the scenario names it (<c>USA-CHN</c>).</param>
    /// <param name="record">What the record says about the pair.</param>
    /// <param name="options">Budget, seed, threads, parameters.</param>
    /// <param name="progress">Told the runs done out of the total, from any thread.</param>
    /// <param name="cancel">Stops the search; throws <see cref="OperationCanceledException"/>.</param>
    public static CalibrationResult Fit(Scenario scenario, string pairKey, ObservedRecord record, CalibrationOptions options,
        IProgress<SimulationProgress>? progress = null, CancellationToken cancel = default)
    {
        options.Validate();
        var pair = scenario.Pairs.ToList().FindIndex(p => p.Key == pairKey);
        if (pair < 0)
            throw new UsageException($"the scenario has no pair {pairKey}; its pairs: {string.Join(", ", scenario.Pairs.Select(p => p.Key))}", "--dyad");
        var fitted = Choose(record, options.Fit);
        var years = options.HistoryYears ?? Math.Max(1, (int)Math.Round(record.History.Years));
        var simulated = scenario with { Years = years };
        var starts = fitted.Select(p => Start(p, simulated, pair, record)).ToArray();
        var observed = Moment.All.Select(record.Value).ToArray();

        var grid = Math.Max(1, (int)Math.Pow(options.Levels, fitted.Count));
        var shortlist = Math.Min(options.Shortlist, grid);
        var total = options.ReferenceRuns + 2L * (grid * options.Runs + shortlist * options.ReferenceRuns);
        var done = 0L;
        var gate = new object();
        void Ran(int runs)
        {
            lock (gate)
            {
                done += runs;
                progress?.Report(new SimulationProgress((int)Math.Min(done, int.MaxValue), (int)Math.Min(total, int.MaxValue)));
            }
        }

        var search = new GridSearch(simulated, pair, fitted, observed, options, Ran, cancel, record.Observer);

        // The weights, once, at the starting point: fixed weights keep the search from favouring candidates whose
        // moments merely scatter more. Then the coarse grid around the start, and a grid half as wide (in the
        // logarithm) around the coarse best.
        var scales = Scales(search.Reference([starts])[0], record.History);
        var coarseValues = fitted.Select((p, i) => Levels(starts[i], p.CoarseFactor, options.Levels)).ToArray();
        var (coarseBest, coarseIndex, _) = search.Run(coarseValues, scales);
        var fineValues = fitted.Select((p, i) => Levels(coarseBest[i], Math.Sqrt(p.CoarseFactor), options.Levels)).ToArray();
        var (best, fineIndex, final) = search.Run(fineValues, scales);
        var moments = Moment.All.Select((m, i) => Compare(m, observed[i], final[i], scales[i], record)).ToList();
        var objective = moments.Where(m => m.Z is not null).Sum(m => m.Z!.Value * m.Z.Value);

        var edge = options.Levels - 1;
        var parameters = FittedParameter.All.Select(p =>
        {
            var i = fitted.IndexOf(p);
            var baseValue = p.Get(scenario, pair);
            if (i < 0)
                return new ParameterFit(p, p.PathFor(pairKey), baseValue, baseValue, baseValue, baseValue, false, false);
            var atEdge = options.Levels > 1 && ((coarseIndex[i] == 0 && fineIndex[i] == 0) || (coarseIndex[i] == edge && fineIndex[i] == edge));
            return new ParameterFit(p, p.PathFor(pairKey), baseValue, starts[i], coarseBest[i], best[i], true, atEdge);
        }).ToList();
        var result = Apply(scenario, pair, fitted, best);
        return new CalibrationResult(result, pairKey, parameters, moments, objective, years, 2 * grid, done, options,
            Verdict(moments, parameters));
    }

    /// <summary>The parameters to fit: those asked for, or every one the record identifies.</summary>
    private static List<FittedParameter> Choose(ObservedRecord record, IReadOnlyList<FittedParameter>? asked)
    {
        var identified = FittedParameter.Default.Where(p => Unidentified(p, record) is null).ToList();
        if (asked is null)
            return identified;
        foreach (var p in asked)
        {
            if (Unidentified(p, record) is { } reason)
                throw new UsageException($"{p.Name} cannot be fitted to this record: {reason}", "--fit");
        }

        return [.. FittedParameter.All.Where(asked.Contains)];
    }

    private static string? Unidentified(FittedParameter p, ObservedRecord record)
    {
        if (p == FittedParameter.IncidentRate)
            return Missing(record, Moment.IncidentRate);
        if (p == FittedParameter.CoreRate)
            return Missing(record, Moment.CoreChallengeRate);
        if (p == FittedParameter.SuspensionMedian)
            return Missing(record, Moment.SuspensionMedianDays);
        if (p == FittedParameter.SuspensionSigma)
            return Missing(record, Moment.SuspensionMedianDays) ?? (record.History.SuspensionDays.Count >= 3 ? null : "fewer than three lifted suspensions in the record");
        return null;
    }

    private static string? Missing(ObservedRecord record, Moment moment) =>
        record.Value(moment) is null ? record.Unobserved.GetValueOrDefault(moment) ?? "the record gives no value" : null;

    /// <summary>
    /// The coarse grid's centre: the record's own estimate where a moment speaks for one parameter alone (a rate, the
    /// median length, the spread of the log lengths), the base scenario's value otherwise.
    /// </summary>
    private static double Start(FittedParameter p, Scenario scenario, int pair, ObservedRecord record)
    {
        var h = record.History;
        if (p == FittedParameter.IncidentRate)
            return Math.Max(h.Incidents, 0.5) / h.Years;
        if (p == FittedParameter.CoreRate)
            return Math.Max(h.CoreChallenges, 0.5) / h.Years;
        if (p == FittedParameter.SuspensionMedian)
            return Moment.Median(h.SuspensionDays);
        if (p == FittedParameter.SuspensionSigma)
        {
            var logs = h.SuspensionDays.Select(d => Math.Log(Math.Max(d, 1))).ToArray();
            var mean = logs.Average();
            return Math.Clamp(Math.Sqrt(logs.Sum(x => (x - mean) * (x - mean)) / (logs.Length - 1)), 0.05, 3);
        }

        return p.Get(scenario, pair);
    }

    /// <summary>Values even in the logarithm: the centre times factor^k, k from -(levels-1)/2 to (levels-1)/2.</summary>
    private static double[] Levels(double centre, double factor, int levels) =>
        [.. Enumerable.Range(0, levels).Select(k => centre * Math.Pow(factor, k - (levels - 1) / 2))];

    /// <summary>The grids' candidates of one calibration: built from the same simulated base, judged by the same objective.</summary>
    private sealed class GridSearch(Scenario scenario, int pair, List<FittedParameter> fitted, double?[] observed, CalibrationOptions options,
        Action<int> ran, CancellationToken cancel, ObserverParameters? observer)
    {
        /// <summary>The moments of each candidate over the reference runs.</summary>
        public MomentEstimate[][] Reference(IEnumerable<double[]> candidates) => SimulatedHistories.Estimate(
            [.. candidates.Select(values => Apply(scenario, pair, fitted, values))], pair, options.ReferenceRuns, options.Seed, options.Threads, ran, cancel, observer);

        /// <summary>
        /// Simulates every combination of the values on the grid's few runs, shortlists the best few, and returns the
        /// shortlisted one with the smallest objective on the reference runs: the few runs rank the grid, the many
        /// decide, so the fit is not merely the candidate whose few runs happened to fall luckiest. Ties go to the
        /// first in grid order.
        /// </summary>
        public (double[] Best, int[] Index, MomentEstimate[] Estimate) Run(double[][] values, double[] scales)
        {
            var combinations = Combinations(values.Select(v => v.Length).ToArray());
            var candidates = combinations.Select(index => Apply(scenario, pair, fitted, Pick(values, index))).ToList();
            foreach (var candidate in candidates)
                CheckHazards(candidate);
            var estimates = SimulatedHistories.Estimate(candidates, pair, options.Runs, options.Seed, options.Threads, ran, cancel, observer);
            var shortlist = Enumerable.Range(0, candidates.Count)
                .OrderBy(c => Objective(estimates[c], observed, scales)).ThenBy(c => c)
                .Take(options.Shortlist)
                .ToList();
            var reference = Reference(shortlist.Select(c => Pick(values, combinations[c])));
            var best = Enumerable.Range(0, shortlist.Count).OrderBy(k => Objective(reference[k], observed, scales)).ThenBy(k => k).First();
            var index = combinations[shortlist[best]];
            return (Pick(values, index), index, reference[best]);
        }
    }

    // The grid can reach switching rates whose per-step hazards no longer make sense (monthly steps, five levels).
    private static void CheckHazards(Scenario candidate)
    {
        try
        {
            candidate.BeliefPerStep.Validate();
        }
        catch (UsageException e)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"the grid reaches switching rates of {candidate.SwitchToGreedyPerYear:0.###} and {candidate.SwitchToTrustworthyPerYear:0.###} a year, too high for {candidate.Step.ToString().ToLowerInvariant()} steps ({e.Reason}); fit fewer levels or leave the hazards out"), "--levels");
        }
    }

    private static List<int[]> Combinations(int[] sizes)
    {
        var all = new List<int[]> { Array.Empty<int>() };
        foreach (var size in sizes)
            all = [.. all.SelectMany(prefix => Enumerable.Range(0, size).Select(k => (int[])[.. prefix, k]))];
        return all;
    }

    private static double[] Pick(double[][] values, int[] index) => [.. index.Select((k, i) => values[i][k])];

    private static Scenario Apply(Scenario scenario, int pair, List<FittedParameter> fitted, double[] values)
    {
        for (var i = 0; i < fitted.Count; i++)
            scenario = fitted[i].Set(scenario, pair, values[i]);
        return scenario;
    }

    /// <summary>
    /// The objective: the sum over observed moments of ((simulated - observed) / scale)^2. A moment no simulated
    /// history gives a value (no suspension was lifted in any run) counts as simulated 0.
    /// </summary>
    private static double Objective(MomentEstimate[] simulated, double?[] observed, double[] scales)
    {
        var sum = 0.0;
        for (var m = 0; m < observed.Length; m++)
        {
            if (observed[m] is not { } o)
                continue;
            var s = simulated[m].Histories > 0 ? simulated[m].Mean : 0;
            var z = (s - o) / scales[m];
            sum += z * z;
        }

        return sum;
    }

    /// <summary>Each moment's scale: its spread between simulated histories, at least its floor.</summary>
    private static double[] Scales(MomentEstimate[] reference, PairHistory record) =>
        [.. Moment.All.Select((m, i) => Math.Max(double.IsFinite(reference[i].Spread) ? reference[i].Spread : 0, m.Floor(record)))];

    private static MomentFit Compare(Moment moment, double? observed, MomentEstimate simulated, double scale, ObservedRecord record)
    {
        if (observed is not { } o)
            return new MomentFit(moment, null, simulated, scale, null, $"not in the record: {record.Unobserved.GetValueOrDefault(moment) ?? "no value"}");
        var s = simulated.Histories > 0 ? simulated.Mean : 0;
        return new MomentFit(moment, o, simulated, scale, (s - o) / scale, simulated.Histories > 0 ? null : "no simulated history gives a value: counted as 0");
    }

    private static List<string> Verdict(List<MomentFit> moments, List<ParameterFit> parameters)
    {
        var lines = new List<string>();
        var missed = moments.Where(m => m.Z is { } z && Math.Abs(z) > 2).ToList();
        var inObjective = moments.Count(m => m.Z is not null);
        lines.Add(missed.Count == 0
            ? $"The fit matches all {inObjective} observed moments within 2 standard deviations of a history as long as the record."
            : $"The model cannot match {missed.Count} of {inObjective} observed moments: "
              + string.Join("; ", missed.Select(m => string.Create(CultureInfo.InvariantCulture,
                  $"{m.Moment.Name} (observed {m.Observed:0.###}, simulated {m.Simulated.Mean:0.###}, z = {m.Z:0.0})"))) + ".");
        foreach (var p in parameters.Where(p => p.AtEdge))
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{p.Parameter.Name} = {p.Value:0.####} lies on the edge of the range searched: the best value may lie beyond it."));
        foreach (var p in parameters.Where(p => !p.Fitted))
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{p.Parameter.Name} was not fitted: held at the base's {p.Value:0.####}."));
        return lines;
    }
}
