using Pendulum.Web.Api.Simulations;

namespace Pendulum.Web.Tests.Api.Simulations;

/// <summary>
/// A runner whose runs report half their progress, then wait for the test to release them. Runs over the limit are
/// refused as the real runner refuses them.
/// </summary>
internal sealed class GatedRunner : ISimulationRunner
{
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource HalfDone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IPreparedSimulation Prepare(SimulationRequest request, SimulationLimits limits)
    {
        if (request.Runs > limits.MaxRuns)
            throw new UsageException($"at most {limits.MaxRuns} runs", "runs");
        return new Gated(this, request.Runs);
    }

    private sealed class Gated(GatedRunner runner, long runs) : IPreparedSimulation
    {
        public long Runs => runs;

        public long Steps => 10;

        public async Task<object> RunAsync(IProgress<double> progress, CancellationToken cancellationToken)
        {
            progress.Report(0.5);
            runner.HalfDone.TrySetResult();
            await runner.Release.Task.WaitAsync(cancellationToken);
            return new { mean_position = 0.25, runs };
        }
    }
}
