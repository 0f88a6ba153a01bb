namespace Pendulum.Fetch;

/// <summary>
/// Cancels an attempt that receives nothing for a while. HttpClient's own timeout stops at the response headers when
/// the body is streamed, so a server that stalls mid-body would otherwise hang the download for ever.
/// </summary>
internal sealed class ReadTimeoutGuard : IDisposable
{
    private readonly TimeSpan limit;
    private readonly CancellationToken outer;
    private readonly CancellationTokenSource timeout;
    private readonly CancellationTokenSource linked;

    public ReadTimeoutGuard(TimeSpan limit, TimeProvider time, CancellationToken outer)
    {
        this.limit = limit;
        this.outer = outer;
        timeout = new CancellationTokenSource(limit, time);
        linked = CancellationTokenSource.CreateLinkedTokenSource(outer, timeout.Token);
    }

    /// <summary>Cancelled when the caller cancels or when nothing arrives for the limit.</summary>
    public CancellationToken Token => linked.Token;

    /// <summary>The caller's token alone, for local work (hashing, writing) that the read limit must not cut short.</summary>
    public CancellationToken Outer => outer;

    /// <summary>Something arrived: the limit counts again from now.</summary>
    public void Restart() => timeout.CancelAfter(limit);

    public void Dispose()
    {
        linked.Dispose();
        timeout.Dispose();
    }
}
