namespace Pendulum.Web.Seams;

/// <summary>A scenario shipped with Pendulum (the <c>scenarios/</c> folder), as listed by <c>GET /api/scenarios</c>.</summary>
/// <param name="Name">The name used in URLs: the file's name without <c>.yaml</c>.</param>
/// <param name="Title">One line for a picker: the scenario's own <c>name</c>.</param>
/// <param name="Description">A short paragraph, when the scenario has one.</param>
public sealed record ScenarioEntry(string Name, string Title, string? Description);

/// <summary>The shipped scenarios, for <c>/api/scenarios</c>.</summary>
public interface IScenarioCatalog
{
    IReadOnlyList<ScenarioEntry> Scenarios();

    /// <summary>The scenario's YAML as shipped, or null when there is none by that name.</summary>
    string? Source(string name);
}

/// <summary>The bounds a run started from the web must stay within.</summary>
/// <param name="MaxRuns">Monte Carlo runs per scenario. Default 10,000.</param>
/// <param name="MaxSteps">Time steps per run. Default 10,000 (27 years of daily steps).</param>
/// <param name="MaxRunSteps">Runs times steps, summed over the scenarios: the work of one simulation. Default 20,000,000 (about a minute on one core).</param>
/// <param name="MaxScenarios">Scenarios compared in one simulation. Default 6.</param>
public sealed record SimulationLimits(long MaxRuns = 10_000, long MaxSteps = 10_000, long MaxRunSteps = 20_000_000, int MaxScenarios = 6);

/// <summary>One scenario of a simulation request: a label and its YAML (shipped, edited or pasted).</summary>
/// <param name="Name">The label shown in results; defaults to the scenario's own <c>name</c>.</param>
/// <param name="Yaml">The scenario file's text. <c>extends:</c> may name a shipped scenario file.</param>
public sealed record ScenarioText(string? Name, string Yaml);

/// <summary>What <c>POST /api/simulations</c> asks for: one scenario, or several compared on the same seeds.</summary>
/// <param name="Scenarios">The first is the base of the comparison.</param>
/// <param name="Runs">Monte Carlo runs of each scenario. Default 500.</param>
/// <param name="Years">The horizon, replacing each scenario's <c>years</c> when given.</param>
/// <param name="Seed">Master seed; run r of every scenario shares its stream. Default 1.</param>
public sealed record SimulationRequest(IReadOnlyList<ScenarioText> Scenarios, int Runs = 500, int? Years = null, ulong Seed = 1);

/// <summary>Runs scenarios for <c>/api/simulations</c> (the simulator of <c>Simulate/</c>).</summary>
public interface ISimulationRunner
{
    /// <summary>
    /// Reads and checks the scenarios and the size of the run, starting nothing. A malformed scenario throws
    /// <see cref="BadDataException"/> with its line and field (the API answers 400 with <c>LINE: FIELD: reason</c>,
    /// as the command line prints it); a run over <paramref name="limits"/> throws <see cref="UsageException"/>.
    /// </summary>
    IPreparedSimulation Prepare(SimulationRequest request, SimulationLimits limits);
}

/// <summary>A checked simulation, ready to run.</summary>
public interface IPreparedSimulation
{
    /// <summary>Runs of each scenario.</summary>
    long Runs { get; }

    /// <summary>Steps of the longest scenario.</summary>
    long Steps { get; }

    /// <summary>
    /// Runs it, reporting the share done in [0, 1]; stops with <see cref="OperationCanceledException"/> when
    /// cancelled. The result is the body of <c>GET /api/simulations/{id}/result</c>, written as JSON.
    /// </summary>
    Task<object> RunAsync(IProgress<double> progress, CancellationToken cancellationToken);
}
