namespace Pendulum.Simulate;

/// <summary>
/// A scenario's run summaries kept in memory, run by run (for each run, its pairs' summaries by pair key), for the
/// paired comparisons of <c>compare</c> and <c>audit</c>. Memory grows with the number of runs: a few hundred bytes
/// per run and pair.
/// </summary>
/// <param name="Scenario">The scenario run.</param>
/// <param name="Runs">Run r's summaries, in run order.</param>
/// <param name="Cancelled">True when the simulation stopped before all runs; <paramref name="Runs"/> holds those finished.</param>
public sealed record ScenarioRunSet(Scenario Scenario, IReadOnlyList<IReadOnlyDictionary<string, RunSummary>> Runs, bool Cancelled)
{
    /// <summary>Runs <paramref name="scenario"/> and keeps every run's summaries.</summary>
    public static ScenarioRunSet Collect(Scenario scenario, SimulationOptions options, IProgress<SimulationProgress>? progress = null,
        CancellationToken cancel = default)
    {
        var runs = new List<IReadOnlyDictionary<string, RunSummary>>(options.Runs);
        var result = SimulationRunner.Run(scenario, options with { StepQuantiles = false },
            summaries => runs.Add(summaries.ToDictionary(s => s.Pair)), progress, cancel);
        return new ScenarioRunSet(scenario, runs, result.Cancelled);
    }
}

/// <summary>
/// Runs one labelled simulation for a use case that runs several; a shell passes one that shows progress, the default
/// runs it silently.
/// </summary>
public delegate T SimulationScope<T>(string label, Func<IProgress<SimulationProgress>?, T> work);
