using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;
using Pendulum.Events.Readers;
using Pendulum.Scan;
using Pendulum.Store;

namespace Pendulum.Ingest;

/// <summary>What a filtered GDELT ingest read, once every chunk is in.</summary>
/// <param name="Report">Rows read, kept and left out, and the layout.</param>
/// <param name="Volumes">The listed countries' events per day.</param>
/// <param name="Inserted">Events new to the store, as the writer counted them.</param>
/// <param name="ContentHash">The file's <see cref="Ingest.ContentHash"/>, from the chunks as they were read.</param>
internal sealed record FilteredIngestOutcome(ReadReport Report, CountryDayTally Volumes, long Inserted, string ContentHash);

/// <summary>
/// The fast path of <c>ingest --actors</c> for a plain GDELT file: the file is cut into chunks that the threads read
/// and filter in parallel (<see cref="FilteredRowScanner"/>), while the calling task writes the kept events in
/// file order. Threads may run a few chunks ahead of the writer and no more, so memory is bounded whatever the
/// file's size, and the result does not depend on the number of threads.
/// </summary>
/// <remarks>
/// The row-by-row <see cref="GdeltReader"/> remains the reference: when a chunk holds anything that reader would
/// report (a bad row, a carriage return), this path returns null and the caller discards what it wrote and reads
/// the file with that reader, so errors, skips and line numbers are exactly its own.
/// </remarks>
internal static partial class FilteredGdeltIngest
{
    // A chunk is a block of the content hash, so each thread hashes what it has just read.
    private const int ChunkBytes = ContentHash.BlockBytes;

    /// <summary>Chunks read ahead of the writer per thread: enough to keep the threads busy while it writes.</summary>
    private const int ChunksAheadPerThread = 2;

    /// <summary>
    /// Reads <paramref name="path"/> through <paramref name="writer"/>; null when the file is not a GDELT table this
    /// path reads exactly as <see cref="GdeltReader"/> does.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The reader options; <see cref="EventReaderOptions.Actors"/> must be set.</param>
    /// <param name="writer">Where the kept events go, in file order; the caller commits or rolls back.</param>
    /// <param name="progress">Told after each chunk.</param>
    /// <param name="cancellationToken">Stops the ingest.</param>
    /// <param name="threads">Threads that filter chunks; by default one per core. The outcome does not depend on it.</param>
    public static async Task<FilteredIngestOutcome?> RunAsync(string path, EventReaderOptions options, IEventSink writer,
        IProgress<IngestProgress>? progress, CancellationToken cancellationToken, int threads = 0)
    {
        using (var handle = ChunkReader.Open(path))
        {
            var length = RandomAccess.GetLength(handle);
            var columns = FirstRowColumns(handle, length);
            if (GdeltReader.Layout(columns) is not { } layout)
                return null;
            var chunkCount = (int)((length + ChunkBytes - 1) / ChunkBytes);
            threads = Math.Clamp(threads > 0 ? threads : Environment.ProcessorCount, 1, chunkCount);
            return await ReadChunksAsync(handle, length, path, columns, layout, options, writer, threads, progress, cancellationToken);
        }
    }

    private static async Task<FilteredIngestOutcome?> ReadChunksAsync(SafeFileHandle handle, long length, string path, int columns,
        (string Detail, int[] FieldIndex) layout, EventReaderOptions options, IEventSink writer, int threads,
        IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var chunkCount = (int)((length + ChunkBytes - 1) / ChunkBytes);
        var slots = new TaskCompletionSource<FilteredChunk>?[chunkCount];
        for (var i = 0; i < chunkCount; i++)
            slots[i] = new TaskCompletionSource<FilteredChunk>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var window = new SemaphoreSlim(threads * ChunksAheadPerThread);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var scanners = new FilteredRowScanner[threads];
        var nextChunk = -1;
        var declined = 0;
        var digests = new byte[chunkCount * ContentHash.DigestBytes];

        void Work(int worker)
        {
            var scanner = scanners[worker] = new FilteredRowScanner(columns, layout.FieldIndex, options);
            var reader = new ChunkReader(handle, length, ChunkBytes, path);
            while (true)
            {
                // A permit first, then a chunk: the chunk the writer waits for is always taken, so nothing deadlocks.
                window.Wait(stop.Token);
                var chunk = Interlocked.Increment(ref nextChunk);
                if (chunk >= chunkCount)
                    return;
                var result = new FilteredChunk();
                try
                {
                    if (Volatile.Read(ref declined) == 0)
                    {
                        var buffer = reader.Read(chunk, out var first, out var limit, out var bufferOffset);
                        var blockStart = (int)((long)chunk * ChunkBytes - bufferOffset);
                        XxHash128.Hash(buffer.AsSpan(blockStart, limit - blockStart),
                            digests.AsSpan(chunk * ContentHash.DigestBytes, ContentHash.DigestBytes));
                        scanner.ScanRows(buffer, first, limit, result);
                    }
                    else
                    {
                        result.Declined = true;
                    }
                }
                catch (BadDataException)
                {
                    // A row longer than the chunk reader takes: the row-by-row reader says so in its own words.
                    result.Declined = true;
                }
                catch (Exception e)
                {
                    slots[chunk]!.SetException(e);
                    return;
                }

                if (result.Declined)
                    Volatile.Write(ref declined, 1);
                slots[chunk]!.SetResult(result);
            }
        }

        var workers = Enumerable.Range(0, threads)
            .Select(w => Task.Factory.StartNew(() => Work(w), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        var written = new Written();
        long bytesDone = 0;
        try
        {
            for (var i = 0; i < chunkCount; i++)
            {
                var chunk = await slots[i]!.Task.WaitAsync(cancellationToken);
                // Let the chunk's events go once written: memory must not grow with the file.
                slots[i] = null;
                if (!written.Take(chunk, writer))
                    return null;
                window.Release();
                bytesDone = Math.Min(length, bytesDone + ChunkBytes);
                progress?.Report(new IngestProgress(path, bytesDone, length, written.Rows, written.Kept));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(workers).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return Outcome(path, layout.Detail, options, scanners, written, ContentHash.FromDigests(digests));
    }

    /// <summary>What the writer has taken so far, chunk by chunk in file order.</summary>
    private sealed class Written
    {
        public long Rows { get; private set; }

        public long Kept { get; private set; }

        public long Inserted { get; private set; }

        /// <summary>Writes a filtered chunk's events; false when the chunk was declined (the caller then gives up).</summary>
        public bool Take(FilteredChunk chunk, IEventSink writer)
        {
            if (chunk.Declined)
                return false;
            if (chunk.Events.Count > 0)
                Inserted += writer.Add(chunk.Events);
            Rows += chunk.Rows;
            Kept += chunk.Events.Count;
            return true;
        }
    }

    /// <summary>What the threads read, summed, once every chunk is in.</summary>
    private static FilteredIngestOutcome Outcome(string path, string detail, EventReaderOptions options, FilteredRowScanner?[] scanners,
        Written written, string contentHash)
    {
        var (rows, kept, inserted) = (written.Rows, written.Kept, written.Inserted);
        var volumes = new CountryDayTally(options.Actors);
        // A thread that never started (the file had fewer chunks than threads) has no scanner.
        foreach (var scanner in scanners)
            scanner?.AddVolumesTo(volumes);
        var report = new ReadReport(path, options.SkippedDetailLimit)
        {
            Format = EventFormat.Gdelt,
            FormatDetail = detail,
            RowsRead = rows,
            RowsKept = kept,
            RowsFilteredOut = rows - kept,
        };
        return new FilteredIngestOutcome(report, volumes, inserted, contentHash);
    }

    /// <summary>The first row's column count (tabs plus one), or 0 when no row ends within the first 64 KiB.</summary>
    private static int FirstRowColumns(SafeFileHandle handle, long length)
    {
        var head = new byte[(int)Math.Min(length, 64 << 10)];
        var read = RandomAccess.Read(handle, head, 0);
        var row = head.AsSpan(0, read);
        var newline = row.IndexOf((byte)'\n');
        if (newline < 0)
            return read == length ? row.Count((byte)'\t') + 1 : 0;
        return row[..newline].Count((byte)'\t') + 1;
    }
}
