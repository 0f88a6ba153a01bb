namespace Pendulum.Fetch;

/// <summary>
/// Cancels an attempt that receives nothing for a while. HttpClient's own timeout stops at the response headers when
/// the body is streamed, so a server that stalls mid-body would otherwise hang the download for ever.
/// </summary>
internal sealed class ReadTimeoutGuard : IDisposable
{
    private readonly TimeSpan _limit;
    private readonly CancellationToken _outer;
    private readonly CancellationTokenSource _timeout;
    private readonly CancellationTokenSource _linked;

    public ReadTimeoutGuard(TimeSpan limit, TimeProvider time, CancellationToken outer)
    {
        _limit = limit;
        _outer = outer;
        _timeout = new CancellationTokenSource(limit, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(outer, _timeout.Token);
    }

    /// <summary>Cancelled when the caller cancels or when nothing arrives for the limit.</summary>
    public CancellationToken Token => _linked.Token;

    /// <summary>The caller's token alone, for local work (hashing, writing) that the read limit must not cut short.</summary>
    public CancellationToken Outer => _outer;

    /// <summary>Something arrived: the limit counts again from now.</summary>
    public void Restart() => _timeout.CancelAfter(_limit);

    public void Dispose()
    {
        _linked.Dispose();
        _timeout.Dispose();
    }
}
