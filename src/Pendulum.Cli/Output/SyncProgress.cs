using System.Diagnostics;

namespace Pendulum.Cli.Output;

/// <summary>
/// An <see cref="IProgress{T}"/> that reports on the caller's thread. <see cref="Progress{T}"/> would post to the
/// thread pool, so a report could land after a live bar is cleared.
/// </summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

/// <summary>
/// Says when a plain progress line is due: every few seconds, never for the last report (the command's own summary
/// follows it), so logs and CI output stay short.
/// </summary>
internal sealed class PlainProgressClock
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _next = Interval;

    public double Seconds => Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);

    public bool Due(long done, long total)
    {
        if (_clock.Elapsed < _next || done >= total)
            return false;
        _next = _clock.Elapsed + Interval;
        return true;
    }
}
