namespace Pendulum.Web.Api.Simulations;

/// <summary>
/// Runs scenarios for <c>/api/simulations</c>: <see cref="ScenarioRunner"/> over the simulator of <c>Simulate/</c>. An
/// interface so the jobs' tests can hold a run at a known point (half done, released by the test).
/// </summary>
public interface ISimulationRunner
{
    /// <summary>
    /// Reads and checks the scenarios and the size of the run, starting nothing. A malformed scenario throws
    /// <see cref="BadDataException"/> with its line and field (the API answers 400 with <c>LINE: FIELD: reason</c>,
    /// as the command line prints it); a run over <paramref name="limits"/> throws <see cref="UsageException"/>.
    /// </summary>
    IPreparedSimulation Prepare(SimulationRequest request, SimulationLimits limits);
}
