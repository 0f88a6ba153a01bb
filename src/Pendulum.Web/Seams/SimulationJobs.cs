using System.Collections.Concurrent;

namespace Pendulum.Web.Seams;

/// <summary>
/// Simulations started from the web: a bounded number run at once, each cancelled when asked or when its client
/// stops asking about it (a closed tab should not keep a core busy), and the last few kept for their results.
/// </summary>
public sealed class SimulationJobs(TimeProvider time) : IDisposable
{
    /// <summary>Simulations running at once; more are refused with 429. Default 2 (one per core here).</summary>
    public const int MaxRunning = 2;

    /// <summary>Finished simulations kept for their results; the oldest go first. Default 20.</summary>
    public const int MaxKept = 20;

    /// <summary>A running simulation nobody has asked about for this long is cancelled. Default 30 s.</summary>
    public static readonly TimeSpan AbandonAfter = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, SimulationJob> _jobs = new();
    private readonly Lock _startLock = new();
    private long _started;
    private ITimer? _sweeper;

    /// <summary>Starts <paramref name="simulation"/>; null when <see cref="MaxRunning"/> are already running.</summary>
    public SimulationJob? Start(IPreparedSimulation simulation)
    {
        SimulationJob job;
        lock (_startLock)
        {
            if (_jobs.Values.Count(j => j.State == SimulationState.Running) >= MaxRunning)
                return null;
            _sweeper ??= time.CreateTimer(_ => CancelAbandoned(), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
            job = new SimulationJob($"sim-{Interlocked.Increment(ref _started)}", simulation, time);
            _jobs[job.Id] = job;
            foreach (var old in _jobs.Values.Where(j => j.State != SimulationState.Running).OrderBy(j => j.StartedAt).SkipLast(MaxKept).ToList())
                _jobs.TryRemove(old.Id, out _);
        }

        job.Run();
        return job;
    }

    /// <summary>The job with this id (and the client asking about it is counted as still there), or null.</summary>
    public SimulationJob? Find(string id)
    {
        if (!_jobs.TryGetValue(id, out var job))
            return null;
        job.Seen();
        return job;
    }

    /// <summary>Cancels every running job not asked about for <see cref="AbandonAfter"/>.</summary>
    public void CancelAbandoned()
    {
        var now = time.GetUtcNow();
        foreach (var job in _jobs.Values.Where(j => j.State == SimulationState.Running && now - j.LastSeen > AbandonAfter))
            job.Cancel();
    }

    public void Dispose()
    {
        _sweeper?.Dispose();
        foreach (var job in _jobs.Values)
            job.Cancel();
    }
}

public enum SimulationState
{
    Running,
    Done,
    Failed,
    Cancelled,
}

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

/// <summary>A simulation's state for <c>GET /api/simulations/{id}</c>.</summary>
/// <param name="Id">The simulation's id, as in its URL.</param>
/// <param name="State"><c>running</c>, <c>done</c>, <c>failed</c> or <c>cancelled</c>.</param>
/// <param name="Progress">Share done, in [0, 1].</param>
/// <param name="Runs">Monte Carlo runs.</param>
/// <param name="Steps">Time steps per run.</param>
/// <param name="Error">Why it failed, when it did.</param>
public sealed record SimulationStatusJson(string Id, string State, double Progress, long Runs, long Steps, string? Error);
