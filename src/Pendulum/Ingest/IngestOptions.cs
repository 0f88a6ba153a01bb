using Pendulum.Events.Readers;

namespace Pendulum.Ingest;

/// <summary>How to ingest files into a store.</summary>
public sealed record IngestOptions
{
    /// <summary>The reader to use; <see cref="EventFormat.Auto"/> (the default) detects it per file.</summary>
    public EventFormat Format { get; init; } = EventFormat.Auto;

    /// <summary>Strictness, actor filter, Goldstein table.</summary>
    public EventReaderOptions Reader { get; init; } = new();

    /// <summary>Events handed to the store at once. Default 4,096: large enough to amortise, small enough to bound memory.</summary>
    public int BatchSize { get; init; } = 4096;

    /// <summary>
    /// Threads that filter a GDELT file's chunks (plain or zipped) when <see cref="EventReaderOptions.Actors"/> is set; 0 (the
    /// default) for one per processor. What is stored does not depend on it.
    /// </summary>
    public int Threads { get; init; }
}

/// <summary>Progress of one file's ingest.</summary>
/// <param name="File">The file.</param>
/// <param name="BytesDone">Bytes of the file on disk consumed so far.</param>
/// <param name="BytesTotal">Size of the file on disk.</param>
/// <param name="RowsRead">Data rows read so far.</param>
/// <param name="EventsStored">Events handed to the store so far (new or already there).</param>
public readonly record struct IngestProgress(string File, long BytesDone, long BytesTotal, long RowsRead, long EventsStored);

/// <summary>What ingesting one file did.</summary>
/// <param name="File">The file record as stored.</param>
/// <param name="Report">The reader's counts and the first skipped rows.</param>
/// <param name="SeenBefore">True when a file with the same path and content had been ingested before.</param>
public sealed record IngestResult(Store.IngestedFile File, ReadReport Report, bool SeenBefore);
