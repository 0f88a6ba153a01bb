namespace Pendulum.Ingest;

/// <summary>
/// Files read ahead in order for an ingest that stores them one by one: up to <c>depth</c> are being read while the
/// store writes and commits the current one. Take them with <see cref="Next"/>, in order; disposing the queue stops
/// the reads not taken.
/// </summary>
public sealed class IngestReadAheadQueue : IDisposable
{
    private readonly EventIngester _ingester;
    private readonly IReadOnlyList<string> _paths;
    private readonly IngestOptions _options;
    private readonly int _depth;
    private readonly CancellationToken _cancellationToken;
    private readonly Queue<IngestReadAhead> _reading = new();
    private int _started;

    internal IngestReadAheadQueue(EventIngester ingester, IReadOnlyList<string> paths, IngestOptions options, int depth,
        CancellationToken cancellationToken)
    {
        _ingester = ingester;
        _paths = paths;
        _options = options;
        _depth = depth;
        _cancellationToken = cancellationToken;
        StartMore();
    }

    /// <summary>True while a file is left to take.</summary>
    public bool HasNext => _reading.Count > 0;

    /// <summary>The next file in order, for <see cref="EventIngester.IngestFileAsync(IngestReadAhead, IProgress{IngestProgress}, CancellationToken)"/>; the caller disposes it.</summary>
    public IngestReadAhead Next()
    {
        if (!_reading.TryDequeue(out var next))
            throw new InvalidOperationException("every file has been taken");
        StartMore();
        return next;
    }

    public void Dispose()
    {
        while (_reading.TryDequeue(out var file))
            file.Dispose();
    }

    private void StartMore()
    {
        while (_reading.Count < _depth && _started < _paths.Count)
            _reading.Enqueue(_ingester.ReadAhead(_paths[_started++], _options, _cancellationToken));
    }
}
