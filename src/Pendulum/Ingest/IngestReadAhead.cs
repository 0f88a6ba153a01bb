using Pendulum.Events;
using Pendulum.Store;

namespace Pendulum.Ingest;

/// <summary>
/// A file being read ahead of its turn by <see cref="EventIngester.ReadAhead(string, IngestOptions, CancellationToken)"/>, to be stored by
/// <see cref="EventIngester.IngestFileAsync(IngestReadAhead, IProgress{IngestProgress}, CancellationToken)"/>.
/// Disposing it stops the reading when the file's turn will not come.
/// </summary>
public sealed class IngestReadAhead : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private int _disposed;

    internal IngestReadAhead(string path, IngestOptions options, CancellationTokenSource stop, Task<ReadAheadFile?> reading)
    {
        Path = path;
        Options = options;
        _stop = stop;
        Reading = reading;
    }

    /// <summary>The file, as given.</summary>
    public string Path { get; }

    internal IngestOptions Options { get; }

    /// <summary>The file read and filtered, or null when it is read in its turn instead (see <see cref="EventIngester.ReadAhead(string, IngestOptions, CancellationToken)"/>).</summary>
    internal Task<ReadAheadFile?> Reading { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        _stop.Cancel();
        // The reading task may still use the token; it ends soon after, and nothing waits for it.
        Reading.ContinueWith(_ => _stop.Dispose(), TaskScheduler.Default);
    }
}

/// <summary>What reading a file ahead gave: the filtered path's outcome and the kept events, held until the file's turn.</summary>
internal sealed record ReadAheadFile(FilteredIngestOutcome Outcome, IReadOnlyList<CodedEvent> Events, long Size);

/// <summary>Holds the events a filtered read keeps, for a store's transaction to take later.</summary>
internal sealed class EventBuffer : IEventSink
{
    private readonly List<CodedEvent> _events = [];

    public IReadOnlyList<CodedEvent> Events => _events;

    /// <summary>Keeps the events; none counts as new until they are written to a store.</summary>
    public int Add(IReadOnlyList<CodedEvent> events)
    {
        _events.AddRange(events);
        return 0;
    }
}

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
