namespace Pendulum.Web.Seams;

/// <summary>A scenario shipped with Pendulum (the <c>scenarios/</c> folder), as listed by <c>GET /api/scenarios</c>.</summary>
/// <param name="Name">The name used in URLs and on the command line.</param>
/// <param name="Title">One line for a picker.</param>
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
/// <param name="MaxRuns">Monte Carlo runs. Default 10,000.</param>
/// <param name="MaxSteps">Time steps per run. Default 10,000.</param>
/// <param name="MaxRunSteps">Runs times steps: the work of one simulation. Default 20,000,000.</param>
public sealed record SimulationLimits(long MaxRuns = 10_000, long MaxSteps = 10_000, long MaxRunSteps = 20_000_000);

/// <summary>Runs scenarios for <c>/api/simulations</c> (the simulator of <c>Simulate/</c>).</summary>
public interface ISimulationRunner
{
    /// <summary>
    /// Reads and checks a scenario and the size of its run, starting nothing. A malformed scenario throws
    /// <see cref="BadDataException"/> with its line and field (the API answers 400 with <c>LINE: FIELD: reason</c>,
    /// as the command line prints it); a run over <paramref name="limits"/> throws <see cref="UsageException"/>.
    /// </summary>
    IPreparedSimulation Prepare(string scenarioYaml, SimulationLimits limits);
}

/// <summary>A checked scenario, ready to run.</summary>
public interface IPreparedSimulation
{
    long Runs { get; }

    long Steps { get; }

    /// <summary>
    /// Runs it, reporting the share done in [0, 1]; stops with <see cref="OperationCanceledException"/> when
    /// cancelled. The result is the body of <c>GET /api/simulations/{id}/result</c>, written as JSON.
    /// </summary>
    Task<object> RunAsync(IProgress<double> progress, CancellationToken cancellationToken);
}
