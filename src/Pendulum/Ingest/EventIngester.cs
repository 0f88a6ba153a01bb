using System.Threading.Channels;
using Pendulum.Events;
using Pendulum.Events.Readers;
using Pendulum.Store;

namespace Pendulum.Ingest;

/// <summary>
/// Ingests event files into a store, one transaction per file: a file goes in whole or not at all, and the same
/// event is stored once however often its file is ingested.
/// </summary>
/// <remarks>
/// A GDELT file (plain or a one-member zip) read with an actor filter goes through <see cref="FilteredGdeltIngest"/>,
/// which filters chunks on every core; every other file, and a GDELT file that path declines, is read row by row. There parsing and
/// storing overlap: a producer task reads and parses batches while the calling task writes the previous ones,
/// through a channel of at most four batches, so memory stays bounded whatever the file's size. Either way the
/// file's content hash is computed on the side at the same time (the fast path hashes each chunk as it reads it).
/// </remarks>
public sealed class EventIngester(IEventStore store, TimeProvider time)
{
    private const int BatchesInFlight = 4;

    /// <summary>
    /// Files up to this size on disk are read ahead whole (see <see cref="ReadAhead(string, IngestOptions, CancellationToken)"/>): GDELT 2.0's 15-minute zips are
    /// well under it, and a file this size keeps few enough events to hold in memory until its turn.
    /// </summary>
    public const long ReadAheadMaxBytes = 4 << 20;

    /// <summary>
    /// Starts reading <paramref name="path"/> on another thread, so that it is ready when its turn comes: an ingest
    /// of many small files reads the next while the store writes and commits this one. Only a GDELT file of at most
    /// <see cref="ReadAheadMaxBytes"/> read with an actor filter is read ahead, into memory, and nothing reaches the
    /// store before <see cref="IngestFileAsync(IngestReadAhead, IProgress{IngestProgress}, CancellationToken)"/>;
    /// any other file, or one that cannot be read exactly so, is read in its turn, as by <see cref="IngestFileAsync(string, IngestOptions, IProgress{IngestProgress}, CancellationToken)"/>,
    /// which also reports its errors.
    /// </summary>
    public IngestReadAhead ReadAhead(string path, IngestOptions options, CancellationToken cancellationToken = default)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var file = new FileInfo(path);
        var reading = options.Reader.Actors is not null && file.Exists && file.Length <= ReadAheadMaxBytes
            ? Task.Run(() => ReadAheadAsync(path, options, stop.Token), stop.Token)
            : Task.FromResult<ReadAheadFile?>(null);
        return new IngestReadAhead(path, options, stop, reading);
    }

    /// <summary>
    /// Starts reading <paramref name="paths"/> ahead of their turns (see <see cref="ReadAhead(string, IngestOptions, CancellationToken)"/>), up to
    /// <paramref name="depth"/> at a time; by default one per processor, so that every core reads while the store
    /// writes. Memory is bounded by that many small files' kept events.
    /// </summary>
    public IngestReadAheadQueue ReadAhead(IReadOnlyList<string> paths, IngestOptions options, int depth = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        return new IngestReadAheadQueue(this, paths, options, depth > 0 ? depth : Environment.ProcessorCount, cancellationToken);
    }

    /// <summary>
    /// Ingests a file started by <see cref="ReadAhead(string, IngestOptions, CancellationToken)"/>, in its own transaction, with the same result, store contents
    /// and errors as <see cref="IngestFileAsync(string, IngestOptions, IProgress{IngestProgress}, CancellationToken)"/>.
    /// </summary>
    public async Task<IngestResult> IngestFileAsync(IngestReadAhead file, IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ReadAheadFile? read;
        try
        {
            read = await file.Reading.WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Reading it again in its turn raises the error as the ingest of that one file does.
            read = null;
        }

        if (read is null)
            return await IngestFileAsync(file.Path, file.Options, progress, cancellationToken);
        using var writer = store.BeginWrite();
        var inserted = writer.Add(read.Events);
        var result = Commit(writer, Path.GetFullPath(file.Path), read.Size, read.Outcome.Report, read.Outcome.Volumes, inserted,
            file.Options, read.Outcome.ContentHash, cancellationToken);
        progress?.Report(new IngestProgress(file.Path, read.Size, read.Size, read.Outcome.Report.RowsRead, read.Events.Count));
        return result;
    }

    private static async Task<ReadAheadFile?> ReadAheadAsync(string path, IngestOptions options, CancellationToken cancellationToken)
    {
        using var reader = EventFile.Open(path, options.Format, options.Reader);
        if (reader is not GdeltReader)
            return null;
        var buffer = new EventBuffer();
        var outcome = reader.ReadsZipMember
            ? await FilteredGdeltIngest.RunZipAsync(path, options.Reader, buffer, null, cancellationToken, options.Threads)
            : await FilteredGdeltIngest.RunAsync(path, options.Reader, buffer, null, cancellationToken, options.Threads);
        return outcome is null ? null : new ReadAheadFile(outcome, buffer.Events, reader.BytesTotal);
    }

    /// <summary>Ingests one file. Throws <see cref="PendulumException"/> for bad input; nothing is then stored.</summary>
    public async Task<IngestResult> IngestFileAsync(string path, IngestOptions options, IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(path);
        // A table of pair x period x QuadClass counts holds no events: it goes to the period_counts table.
        if (options.Format == EventFormat.Auto && Events.Aggregates.PeriodCountFile.Detect(path) is not null)
            return PeriodCountIngest.Run(store, path, options, time, cancellationToken);
        using var reader = EventFile.Open(path, options.Format, options.Reader);
        if (options.Reader.Actors is not null && reader is GdeltReader)
        {
            using var writer = store.BeginWrite();
            var outcome = reader.ReadsZipMember
                ? await FilteredGdeltIngest.RunZipAsync(path, options.Reader, writer, progress, cancellationToken, options.Threads)
                : await FilteredGdeltIngest.RunAsync(path, options.Reader, writer, progress, cancellationToken, options.Threads);
            if (outcome is not null)
            {
                return Commit(writer, fullPath, reader.BytesTotal, outcome.Report, outcome.Volumes, outcome.Inserted, options,
                    outcome.ContentHash, cancellationToken);
            }
        }

        var hashing = Task.Run(() => ContentHash.Of(fullPath, cancellationToken), cancellationToken);
        try
        {
            using var writer = store.BeginWrite();
            var inserted = await WriteRowByRowAsync(reader, writer, path, options, progress, cancellationToken);
            var result = Commit(writer, fullPath, reader.BytesTotal, reader.Report, reader.Volumes, inserted, options,
                await hashing, cancellationToken);
            progress?.Report(new IngestProgress(path, reader.BytesTotal, reader.BytesTotal, reader.Report.RowsRead, reader.Report.RowsKept));
            return result;
        }
        catch
        {
            await hashing.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
    }

    private static async Task<long> WriteRowByRowAsync(EventReader reader, IEventWriter writer, string path, IngestOptions options,
        IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<List<CodedEvent>>(new BoundedChannelOptions(BatchesInFlight)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var cancelProducer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producing = Task.Run(() => Produce(reader, options.BatchSize, batches.Writer, cancelProducer.Token), cancelProducer.Token);
        long inserted = 0, stored = 0;
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                inserted += writer.Add(batch);
                stored += batch.Count;
                progress?.Report(new IngestProgress(path, reader.BytesConsumed(), reader.BytesTotal, reader.Report.RowsRead, stored));
            }

            await producing;
            return inserted;
        }
        catch
        {
            await cancelProducer.CancelAsync();
            await producing.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
    }

    private IngestResult Commit(IEventWriter writer, string fullPath, long size, ReadReport report, CountryDayTally tally,
        long inserted, IngestOptions options, string contentHash, CancellationToken cancellationToken)
    {
        var recordedBefore = store.Files(fullPath);
        var (hash, volumesCounted) = Recorded(recordedBefore, fullPath, contentHash, cancellationToken);
        var seenBefore = recordedBefore.Any(f => f.ContentHash == hash);
        var file = new IngestedFile(
            fullPath, size, hash, report.Format.Name(), report.FormatDetail,
            options.Reader.Actors is { } actors ? string.Join(',', actors.Order(StringComparer.Ordinal)) : "",
            report.RowsRead, report.RowsKept, inserted, report.RowsFilteredOut, report.RowsSkipped, report.NaRows,
            report.CodesRepaired, report.ExponentDates, time.GetUtcNow());
        var volumes = volumesCounted
            ? []
            : tally.Entries().Select(v => new CountryDayVolume(v.Country, v.Date, v.Events)).ToList();
        var recorded = writer.Commit(file, volumes);
        return new IngestResult(recorded, report, seenBefore);
    }

    private static async Task Produce(EventReader reader, int batchSize, ChannelWriter<List<CodedEvent>> output,
        CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<CodedEvent>(batchSize);
            foreach (var e in reader.ReadEvents(cancellationToken))
            {
                batch.Add(e);
                if (batch.Count == batchSize)
                {
                    await output.WriteAsync(batch, cancellationToken);
                    batch = new List<CodedEvent>(batchSize);
                }
            }

            if (batch.Count > 0)
                await output.WriteAsync(batch, cancellationToken);
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
        }
    }

    /// <summary>
    /// The hash to record the file under, and whether its volumes are already counted, from the records of its path. A file a store recorded
    /// before content hashes (under its SHA-256) had its volumes counted from its events then; it keeps that record, so a
    /// re-ingest never counts it twice. SHA-256 is computed only when the path has such a record.
    /// </summary>
    private static (string Hash, bool VolumesCounted) Recorded(IReadOnlyList<IngestedFile> recordedBefore, string fullPath, string hash,
        CancellationToken cancellationToken)
    {
        var legacy = recordedBefore.Where(f => f.ContentHash.StartsWith(ContentHash.LegacyPrefix, StringComparison.Ordinal)).ToList();
        if (legacy.Count == 0)
            return (hash, false);
        var sha256 = ContentHash.LegacyOf(fullPath, cancellationToken);
        return legacy.Any(f => f.ContentHash == sha256) ? (sha256, true) : (hash, false);
    }
}
