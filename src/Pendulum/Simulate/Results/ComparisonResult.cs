namespace Pendulum.Simulate;

/// <summary>What <see cref="ComparisonRunner.Run"/> returns.</summary>
/// <param name="Scenarios">Each scenario run, in the order given (those after a cancelled one are missing).</param>
/// <param name="Differences">Each later scenario against the first, for every shared pair and outcome.</param>
/// <param name="Pairs">The pairs every scenario holds: those compared.</param>
/// <param name="Runs">Runs paired: the fewest any scenario finished.</param>
/// <param name="Seed">The master seed every scenario ran from.</param>
/// <param name="Cancelled">True when the comparison stopped before every scenario finished every run.</param>
public sealed record ComparisonResult(IReadOnlyList<ComparedScenario> Scenarios, IReadOnlyList<ScenarioDifferences> Differences,
    IReadOnlyList<string> Pairs, int Runs, ulong Seed, bool Cancelled);

/// <summary>One scenario of a comparison, as run.</summary>
/// <param name="Label">How the comparison names it.</param>
/// <param name="Scenario">The scenario as run.</param>
/// <param name="Result">Its simulation (with per-step quantiles when the options asked for them).</param>
public sealed record ComparedScenario(string Label, Scenario Scenario, SimulationResult Result);

/// <summary>Scenario B's outcomes minus the first scenario's (A), over paired runs.</summary>
/// <param name="A">The first scenario's label.</param>
/// <param name="B">This scenario's label.</param>
/// <param name="Rows">One row per shared pair and outcome.</param>
public sealed record ScenarioDifferences(string A, string B, IReadOnlyList<OutcomeDifference> Rows);
