namespace Pendulum.Web.Api.Simulations;

/// <summary>One simulation started from the web.</summary>
public sealed class SimulationJob
{
    private readonly IPreparedSimulation _simulation;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _cancel = new();
    private double _progress;

    internal SimulationJob(string id, IPreparedSimulation simulation, TimeProvider time)
    {
        (Id, _simulation, _time) = (id, simulation, time);
        StartedAt = LastSeen = time.GetUtcNow();
    }

    public string Id { get; }

    public DateTimeOffset StartedAt { get; }

    public DateTimeOffset LastSeen { get; private set; }

    public SimulationState State { get; private set; } = SimulationState.Running;

    /// <summary>Share done, in [0, 1].</summary>
    public double Progress => Volatile.Read(ref _progress);

    /// <summary>Why it failed, in the user's terms (<c>LINE: FIELD: reason</c> or a short sentence).</summary>
    public string? Error { get; private set; }

    public object? Result { get; private set; }

    public SimulationStatusJson Status() => new(Id, State.ToString().ToLowerInvariant(), Progress, _simulation.Runs, _simulation.Steps, Error);

    internal void Seen() => LastSeen = _time.GetUtcNow();

    public void Cancel() => _cancel.Cancel();

    internal void Run() => _ = Task.Run(async () =>
    {
        try
        {
            Result = await _simulation.RunAsync(new ProgressSink(this), _cancel.Token);
            Volatile.Write(ref _progress, 1);
            State = SimulationState.Done;
        }
        catch (OperationCanceledException)
        {
            State = SimulationState.Cancelled;
        }
        catch (PendulumException e)
        {
            (Error, State) = (e.Field is null ? e.Reason : $"{e.Field}: {e.Reason}", SimulationState.Failed);
        }
#pragma warning disable CA1031 // a failed run is reported to its client; nothing else can catch it on this thread
        catch (Exception)
        {
            (Error, State) = ("the simulation failed; see the server's log", SimulationState.Failed);
        }
#pragma warning restore CA1031
    });

    // Reports synchronously: Progress<T> would post to a thread pool callback per report.
    private sealed class ProgressSink(SimulationJob job) : IProgress<double>
    {
        public void Report(double value) => Volatile.Write(ref job._progress, Math.Clamp(value, 0, 1));
    }
}
