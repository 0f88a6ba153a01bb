namespace Pendulum.Web.Api.Simulations;

/// <summary>The bounds a run started from the web must stay within.</summary>
/// <param name="MaxRuns">Monte Carlo runs per scenario. Default 10,000.</param>
/// <param name="MaxSteps">Time steps per run. Default 10,000 (27 years of daily steps).</param>
/// <param name="MaxRunSteps">Runs times steps, summed over the scenarios: the work of one simulation. Default 20,000,000 (about a minute on one core).</param>
/// <param name="MaxScenarios">Scenarios compared in one simulation. Default 6.</param>
public sealed record SimulationLimits(long MaxRuns = 10_000, long MaxSteps = 10_000, long MaxRunSteps = 20_000_000, int MaxScenarios = 6);
