using System.Collections.Concurrent;

namespace Pendulum.Web.Api.Simulations;

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
