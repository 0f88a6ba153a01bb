using System.Globalization;
using Pendulum.Simulate;

namespace Pendulum.Calibrate;

/// <summary>
/// Fits a scenario's rates, durations and switching hazards to a pair's record by indirect inference: each candidate's
/// histories, as long as the record and on the same run seeds (common random numbers), are written as records and
/// read as the record is; a Nelder-Mead search in the logarithm of the parameters minimizes the standardized
/// distance between the moments. The method, the weights and the budget are in docs/calibration.md.
/// </summary>
public static class Calibrator
{
    /// <param name="scenario">The base scenario.</param>
    /// <param name="pairKey">The pair to fit, as the scenario names it (<c>USA-CHN</c>).</param>
    /// <param name="record">What the record says about the pair.</param>
    /// <param name="options">Budget, seed, threads, parameters. The held-out check needs the record's rows: <see cref="RecordCalibration"/>.</param>
    /// <param name="progress">Told the runs done out of the most the search may need, from any thread.</param>
    /// <param name="cancel">Stops the search; throws <see cref="OperationCanceledException"/>.</param>
    public static CalibrationResult Fit(Scenario scenario, string pairKey, ObservedRecord record, CalibrationOptions options,
        IProgress<SimulationProgress>? progress = null, CancellationToken cancel = default)
    {
        var counter = new RunCounter(progress);
        counter.Expect(Budget(options.Validate(), Choose(record, options.Fit).Count, withProfiles: true));
        return Fit(scenario, pairKey, record, options, counter, cancel);
    }

    /// <summary>The most runs one fit of <paramref name="parameters"/> parameters may simulate.</summary>
    internal static long Budget(CalibrationOptions options, int parameters, bool withProfiles) =>
        (long)options.Runs * (2 + options.MaxEvaluations + parameters + (withProfiles ? parameters * Math.Max(0, options.ProfilePoints - 1) : 0));

    internal static CalibrationResult Fit(Scenario scenario, string pairKey, ObservedRecord record, CalibrationOptions options, RunCounter counter,
        CancellationToken cancel)
    {
        options.Validate();
        var pair = PairIndex(scenario, pairKey);
        var fitted = Choose(record, options.Fit);
        var years = options.HistoryYears ?? Math.Max(1, (int)Math.Round(record.History.Years));
        var observed = Moment.All.Select(record.Value).ToArray();
        var candidates = new Candidates(scenario with { Years = years }, pair, fitted, options, HistoryReading.Of(record), counter, cancel);

        // The weights, once, at the starting point: fixed weights keep the search from favouring candidates whose
        // moments merely scatter more.
        var start = fitted.Select(p => Math.Log(Math.Clamp(Start(p, scenario, pair, record), p.Lower, p.Upper))).ToArray();
        var scales = Scales(candidates.Estimate([start])[0] ?? throw new UsageException(
            "the starting values make no valid scenario (a switching hazard too high for the scenario's steps); give --fit without the hazards", "--fit"), record.History);
        double[] Objectives(IReadOnlyList<double[]> points) =>
            [.. candidates.Estimate(points).Select(e => e is null ? double.PositiveInfinity : Objective(e, observed, scales))];

        var outcome = NelderMead.Minimize(start, [.. fitted.Select(p => Math.Log(p.Step))], [.. fitted.Select(p => Math.Log(p.Lower))],
            [.. fitted.Select(p => Math.Log(p.Upper))], Objectives, options.MaxEvaluations, Math.Log(options.Tolerance));
        var best = outcome.Best;
        // The fit's histories once more with the crisis detector (the same seeds: every other moment is unchanged).
        var final = record.Crises is null ? candidates.Estimate([best])[0]! : SimulatedHistories.Estimate([Apply(scenario with { Years = years }, pair, fitted, best)],
            pair, options.Runs, options.Seed, options.Threads, HistoryReading.Of(record).WithCrises(record), counter.Add, cancel)[0];
        var moments = Moment.All.Select((m, i) => Compare(m, observed[i], final[i], scales[i], record.Unobserved)).ToList();
        var profiles = Profiles(fitted, best, options.ProfilePoints, Objectives);

        var parameters = FittedParameter.All.Select(p =>
        {
            var i = fitted.IndexOf(p);
            var baseValue = p.Get(scenario, pair);
            if (i < 0)
                return new ParameterFit(p, p.PathFor(pairKey), baseValue, baseValue, baseValue, false, false);
            // Within 1% of a bound in the logarithm.
            var atBound = best[i] - Math.Log(p.Lower) < 0.01 || Math.Log(p.Upper) - best[i] < 0.01;
            return new ParameterFit(p, p.PathFor(pairKey), baseValue, Math.Exp(start[i]), Math.Exp(best[i]), true, atBound);
        }).ToList();
        var objective = moments.Where(m => m.Z is not null).Sum(m => m.Z!.Value * m.Z.Value);
        return new CalibrationResult(Apply(scenario, pair, fitted, best), pairKey, parameters, moments, objective, years, outcome.Evaluations,
            outcome.Converged, profiles, counter.Done, options, Verdict(moments, parameters, outcome));
    }

    /// <summary>True when the record gives the moment that identifies <paramref name="p"/>.</summary>
    public static bool Identifies(ObservedRecord record, FittedParameter p) => Unidentified(p, record) is null;

    internal static int PairIndex(Scenario scenario, string pairKey)
    {
        var pair = scenario.Pairs.ToList().FindIndex(p => p.Key == pairKey);
        return pair >= 0 ? pair
            : throw new UsageException($"the scenario has no pair {pairKey}; its pairs: {string.Join(", ", scenario.Pairs.Select(p => p.Key))}", "--dyad");
    }

    /// <summary>The parameters to fit: those asked for, or every one the record identifies.</summary>
    internal static List<FittedParameter> Choose(ObservedRecord record, IReadOnlyList<FittedParameter>? asked)
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
    /// The search's start: the record's own estimate where a moment speaks for one parameter alone (a rate, the
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
            return Math.Sqrt(logs.Sum(x => (x - mean) * (x - mean)) / (logs.Length - 1));
        }

        return p.Get(scenario, pair);
    }

    // Each fitted parameter moved alone from the fit, evenly in the logarithm over step^-2 .. step^2, inside its bounds;
    // all points in one batch.
    private static List<ProfilePoint> Profiles(List<FittedParameter> fitted, double[] best, int points, Func<IReadOnlyList<double[]>, double[]> objectives)
    {
        if (points == 0)
            return [];
        var half = points / 2;
        var moved = new List<(int Parameter, double[] Point)>();
        for (var i = 0; i < fitted.Count; i++)
        {
            var p = fitted[i];
            foreach (var k in Enumerable.Range(-half, points))
            {
                var point = (double[])best.Clone();
                point[i] = Math.Clamp(best[i] + k * 2 * Math.Log(p.Step) / half, Math.Log(p.Lower), Math.Log(p.Upper));
                if (!moved.Any(m => m.Parameter == i && m.Point[i] == point[i]))
                    moved.Add((i, point));
            }
        }

        var values = objectives([.. moved.Select(m => m.Point)]);
        return [.. moved.Select((m, k) => new ProfilePoint(fitted[m.Parameter], Math.Exp(m.Point[m.Parameter]), values[k]))];
    }

    internal static Scenario Apply(Scenario scenario, int pair, List<FittedParameter> fitted, double[] logValues)
    {
        for (var i = 0; i < fitted.Count; i++)
            scenario = fitted[i].Set(scenario, pair, Math.Exp(logValues[i]));
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
            if (observed[m] is not { } o || !Moment.All[m].InObjective)
                continue;
            var s = simulated[m].Histories > 0 ? simulated[m].Mean : 0;
            var z = (s - o) / scales[m];
            sum += z * z;
        }

        return sum;
    }

    /// <summary>Each moment's scale: its spread between simulated histories, at least its floor.</summary>
    internal static double[] Scales(MomentEstimate[] reference, PairHistory record) =>
        [.. Moment.All.Select((m, i) => Math.Max(double.IsFinite(reference[i].Spread) ? reference[i].Spread : 0, m.Floor(record)))];

    internal static MomentFit Compare(Moment moment, double? observed, MomentEstimate simulated, double scale, IReadOnlyDictionary<Moment, string> unobserved)
    {
        if (observed is not { } o)
            return new MomentFit(moment, null, simulated, scale, null, $"not in the record: {unobserved.GetValueOrDefault(moment) ?? "no value"}");
        if (!moment.InObjective)
            return new MomentFit(moment, o, simulated, scale, null, "reported beside the fit, not fitted to");
        var s = simulated.Histories > 0 ? simulated.Mean : 0;
        return new MomentFit(moment, o, simulated, scale, (s - o) / scale, simulated.Histories > 0 ? null : "no simulated history gives a value: counted as 0");
    }

    /// <summary>The sentence on the moments outside their simulated 5-95% range, or that there are none.</summary>
    internal static string Matching(IReadOnlyList<MomentFit> moments, string what)
    {
        var compared = moments.Count(m => m.Observed is not null);
        var missed = moments.Where(m => m.Observed is not null && m.Matched != true).ToList();
        return missed.Count == 0
            ? $"Every one of the {compared} observed moments{what} lies within the simulated 5-95% range of histories as long as the record."
            : $"Not matched: {missed.Count} of {compared} observed moments{what} lie outside the simulated 5-95% range: "
              + string.Join("; ", missed.Select(m => string.Create(CultureInfo.InvariantCulture,
                  $"{m.Moment.Name} (observed {m.Observed:0.###}, simulated {m.Simulated.Mean:0.###}, 5-95% {m.Simulated.P5:0.###} to {m.Simulated.P95:0.###})"))) + ".";
    }

    private static List<string> Verdict(List<MomentFit> moments, List<ParameterFit> parameters, NelderMead.Outcome outcome)
    {
        var lines = new List<string> { Matching(moments, "") };
        foreach (var p in parameters.Where(p => p.AtBound))
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{p.Parameter.Name} = {p.Value:0.####} lies at a bound of the range searched ({p.Parameter.Lower:0.###} to {p.Parameter.Upper:0.###}): the best value may lie beyond it."));
        if (!outcome.Converged)
            lines.Add($"The search stopped after {outcome.Evaluations} candidates, before its tolerance: a better fit may lie nearby (raise --max-evaluations).");
        foreach (var p in parameters.Where(p => !p.Fitted))
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{p.Parameter.Name} was not fitted: held at the base's {p.Value:0.####}."));
        return lines;
    }

    /// <summary>
    /// The candidates of one fit: built from the same simulated base, each simulated once on the same run seeds and
    /// remembered, so a point the search visits twice costs nothing the second time.
    /// </summary>
    private sealed class Candidates(Scenario scenario, int pair, List<FittedParameter> fitted, CalibrationOptions options, HistoryReading reading,
        RunCounter counter, CancellationToken cancel)
    {
        private readonly Dictionary<string, MomentEstimate[]?> _seen = new(StringComparer.Ordinal);

        /// <summary>The moments at each point (the logarithms of the fitted values); null for a point that is no valid scenario.</summary>
        public MomentEstimate[]?[] Estimate(IReadOnlyList<double[]> points)
        {
            var keys = points.Select(p => string.Join(',', p.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))).ToArray();
            var fresh = new List<(string Key, Scenario Scenario)>();
            for (var k = 0; k < points.Count; k++)
            {
                if (_seen.ContainsKey(keys[k]) || fresh.Any(f => f.Key == keys[k]))
                    continue;
                var candidate = Apply(scenario, pair, fitted, points[k]);
                if (Valid(candidate))
                    fresh.Add((keys[k], candidate));
                else
                    _seen[keys[k]] = null;
            }

            if (fresh.Count > 0)
            {
                var estimates = SimulatedHistories.Estimate([.. fresh.Select(f => f.Scenario)], pair, options.Runs, options.Seed, options.Threads,
                    reading, counter.Add, cancel);
                for (var f = 0; f < fresh.Count; f++)
                    _seen[fresh[f].Key] = estimates[f];
            }

            return [.. keys.Select(k => _seen[k])];
        }

        // The search can reach switching rates whose per-step hazards no longer make sense (monthly steps): such a
        // candidate is not simulated and scores infinitely badly.
        private static bool Valid(Scenario candidate)
        {
            try
            {
                candidate.BeliefPerStep.Validate();
                return true;
            }
            catch (UsageException)
            {
                return false;
            }
        }
    }
}

/// <summary>Counts the runs done across the fits of one calibration and tells the progress sink, from any thread.</summary>
internal sealed class RunCounter(IProgress<SimulationProgress>? progress)
{
    private readonly Lock _gate = new();
    private long _total;

    public long Done { get; private set; }

    public void Expect(long runs)
    {
        lock (_gate)
            _total += runs;
    }

    public void Add(int runs)
    {
        lock (_gate)
        {
            Done += runs;
            progress?.Report(new SimulationProgress((int)Math.Min(Done, int.MaxValue), (int)Math.Min(Math.Max(_total, Done), int.MaxValue)));
        }
    }
}
