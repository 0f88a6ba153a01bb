namespace Pendulum.Events.Readers;

/// <summary>
/// Reads one file of coded events as a stream: events come out as they are parsed, so memory stays bounded by a
/// buffer, not by the file. One reader per format; <see cref="EventFile.Open"/> picks one.
/// </summary>
public abstract class EventReader : IDisposable
{
    private readonly Stream _stream;
    private bool _disposed;

    private protected EventReader(Stream stream, string file, EventReaderOptions options)
    {
        _stream = stream;
        File = file;
        Options = options;
        Report = new ReadReport(file, options.SkippedDetailLimit);
        Volumes = new CountryDayTally(options.Actors);
    }

    /// <summary>The file being read, as named to the user.</summary>
    public string File { get; }

    /// <summary>The options the reader was opened with.</summary>
    public EventReaderOptions Options { get; }

    /// <summary>Counts of what was read, kept, skipped and repaired.</summary>
    public ReadReport Report { get; }

    /// <summary>
    /// Events per country and day among the rows read so far (see <see cref="CountryDayTally"/>): complete once
    /// <see cref="ReadEvents"/> has been enumerated to its end.
    /// </summary>
    public CountryDayTally Volumes { get; }

    /// <summary>The stream the reader consumes (decompressed content for a zip member).</summary>
    private protected Stream Stream => _stream;

    /// <summary>Bytes of the file on disk consumed so far, for progress; set by the opener.</summary>
    public Func<long> BytesConsumed { get; internal set; } = () => 0;

    /// <summary>True when the reader reads the member of a zip archive, not the file's own bytes.</summary>
    internal bool ReadsZipMember { get; set; }

    /// <summary>Total bytes of the file on disk, for progress.</summary>
    public long BytesTotal { get; internal set; }

    /// <summary>
    /// The file's events in file order. In strict mode the first bad row throws <see cref="BadDataException"/>;
    /// callers that store events must therefore commit only after the enumeration completes.
    /// </summary>
    public abstract IEnumerable<CodedEvent> ReadEvents(CancellationToken cancellationToken = default);

    /// <summary>Strict mode: throws for the bad row. Lenient mode: records it and returns.</summary>
    private protected void Reject(long line, RowRejectedException rejection)
    {
        if (!Options.Lenient)
            throw new BadDataException(rejection.Reason, File, line, rejection.Field, rejection);
        Report.AddSkipped(new SkippedRow(line, rejection.Field, rejection.Reason));
    }

    /// <summary>True when the actor filter keeps an event between these two countries.</summary>
    private protected bool Keeps(string? source, string? target) => Match(source, target) == RowMatch.Kept;

    /// <summary>What the actor filter makes of a row between these two countries.</summary>
    private protected RowMatch Match(string? source, string? target)
    {
        if (Options.Actors is not { } actors)
            return RowMatch.Kept;
        return RowMatches.Of(Options.ActorMatch, source is not null && actors.Contains(source),
            target is not null && actors.Contains(target), source == target);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (_disposed)
            return;
        _disposed = true;
        if (disposing)
            _stream.Dispose();
    }
}
