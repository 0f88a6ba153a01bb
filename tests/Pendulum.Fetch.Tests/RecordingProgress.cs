using System.Collections.Concurrent;

namespace Pendulum.Fetch.Tests;

/// <summary>
/// Keeps every report, synchronously (<see cref="Progress{T}"/> would post them to the thread pool, out of order),
/// and lets a test act on one, e.g. cancel mid-file.
/// </summary>
internal sealed class RecordingProgress(Action<GdeltFetchProgress>? onReport = null) : IProgress<GdeltFetchProgress>
{
    private readonly ConcurrentQueue<GdeltFetchProgress> _reports = new();

    public IReadOnlyList<GdeltFetchProgress> Reports => [.. _reports];

    public void Report(GdeltFetchProgress value)
    {
        _reports.Enqueue(value);
        onReport?.Invoke(value);
    }
}
