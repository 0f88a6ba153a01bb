using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Pendulum.Fetch.Tests;

/// <summary>
/// The fetch tests' clock: time moves only when a test advances it, so no backoff or read timeout waits on the wall
/// clock and none fires early on a busy machine. Each timer started with a finite due time is announced, so a test
/// can wait for the fetcher to begin a wait (a backoff, a read limit) before it moves time past it.
/// </summary>
internal sealed class FetchClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
            _started.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer started (already started ones first, in order).</summary>
    public ValueTask<TimeSpan> NextTimerAsync() => _started.Reader.ReadAsync(TestContext.Current.CancellationToken);
}
