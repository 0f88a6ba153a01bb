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
