using System.Text.Json;
using Pendulum.Reports.Json;
using Pendulum.Store;
using Pendulum.Web.Seams;

namespace Pendulum.Web.Tests.Seams;

/// <summary>Stand-ins for the analyses that plug into the seams, so the endpoint groups are tested before those land.</summary>
internal sealed record CrisisListStub(string Pair, DateOnly? From, long Events);

internal sealed class StubCrisisSource : ICrisisSource
{
    public byte[] Crises(IEventStore store, PairRange pair, CancellationToken cancellationToken) => JsonSerializer.SerializeToUtf8Bytes(
        new CrisisListStub($"{pair.CountryA}-{pair.CountryB}", pair.From, store.Events(new EventQuery(pair.CountryA, pair.CountryB, pair.From, pair.To), cancellationToken).LongCount()),
        ReportJson.Options);
}

internal sealed class StubScenarioCatalog : IScenarioCatalog
{
    public IReadOnlyList<ScenarioEntry> Scenarios() => [new("hotline", "A hotline opens in year two", null)];

    public string? Source(string name) => name == "hotline" ? "name: hotline\nruns: 100\n" : null;
}

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

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualTime : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
