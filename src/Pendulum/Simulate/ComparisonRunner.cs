namespace Pendulum.Simulate;

/// <summary>
/// Runs several scenarios on the same run seeds (common random numbers) and compares every later one with the first,
/// over paired runs: the one use case behind <c>pendulum compare</c>, the what-if section of <c>demo</c> and
/// <c>report</c>, and the web app's simulations. Each scenario's run summaries are kept in memory for the pairing
/// (a few hundred bytes per run and pair); whether per-step quantiles are kept is the caller's option.
/// </summary>
public static class ComparisonRunner
{
    /// <summary>
    /// Runs <paramref name="scenarios"/> in order. A later scenario runs as many runs as the first finished, so the
    /// pairs line up; a cancelled scenario stops the comparison (the result holds what finished, marked cancelled).
    /// </summary>
    /// <param name="scenarios">At least one, each with the label results and errors name it by.</param>
    /// <param name="options">Runs, seed, threads, and whether to keep per-step quantiles (fan charts).</param>
    /// <param name="scope">Runs each scenario's simulation; a shell passes one that shows progress.</param>
    /// <param name="cancel">Stops after the runs already started.</param>
    /// <exception cref="UsageException">The scenarios share no pair.</exception>
    public static ComparisonResult Run(IReadOnlyList<(string Label, Scenario Scenario)> scenarios, SimulationOptions options,
        SimulationScope<SimulationResult>? scope = null, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(scenarios.Count);
        var pairs = SharedPairs(scenarios.Select(s => s.Scenario).ToList());
        if (pairs.Count == 0)
            throw new UsageException("the scenarios share no pair, so they cannot be compared: "
                + string.Join("; ", scenarios.Select(s => $"{s.Label}: {string.Join(", ", s.Scenario.Pairs.Select(p => p.Key))}")));
        scope ??= (_, work) => work(null);
        var compared = new List<ComparedScenario>(scenarios.Count);
        var runs = new List<List<IReadOnlyDictionary<string, RunSummary>>>(scenarios.Count);
        foreach (var (label, scenario) in scenarios)
        {
            var summaries = new List<IReadOnlyDictionary<string, RunSummary>>(options.Runs);
            var scenarioOptions = runs.Count == 0 ? options : options with { Runs = runs[0].Count };
            var result = scope(label, progress => SimulationRunner.Run(scenario, scenarioOptions,
                s => summaries.Add(s.ToDictionary(r => r.Pair)), progress, cancel));
            compared.Add(new ComparedScenario(label, scenario, result));
            runs.Add(summaries);
            if (result.Cancelled)
                break;
        }

        var differences = Enumerable.Range(1, compared.Count - 1)
            .Select(i => new ScenarioDifferences(compared[0].Label, compared[i].Label, ScenarioComparison.Of(runs[0], runs[i], pairs)))
            .ToList();
        var cancelled = compared.Count < scenarios.Count || compared[^1].Result.Cancelled;
        return new ComparisonResult(compared, differences, pairs, runs.Min(r => r.Count), options.Seed, cancelled);
    }

    /// <summary>The pairs every scenario holds, in the first scenario's order: those a comparison can pair.</summary>
    public static IReadOnlyList<string> SharedPairs(IReadOnlyList<Scenario> scenarios) =>
        scenarios.Skip(1).Aggregate(scenarios[0].Pairs.Select(p => p.Key), (keys, s) => keys.Intersect(s.Pairs.Select(p => p.Key))).ToList();
}
