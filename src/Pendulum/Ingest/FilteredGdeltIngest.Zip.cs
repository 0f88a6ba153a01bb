using System.Buffers;
using System.Threading.Channels;
using Pendulum.Events.Readers;
using Pendulum.Scan;
using Pendulum.Store;

namespace Pendulum.Ingest;

internal static partial class FilteredGdeltIngest
{
    /// <summary>
    /// The fast path for a one-member GDELT <c>.zip</c>: a member can only be inflated from its start, so one thread
    /// inflates it into chunks of whole rows and the filter threads take them from there, while the calling task writes
    /// the kept events in file order, as for a plain file. A member of one chunk (GDELT 2.0's 15-minute exports) is
    /// inflated and filtered on the calling thread: threads would cost more than they save. Null when the member is not
    /// a GDELT table this path reads exactly as <see cref="GdeltReader"/> does, or holds anything that reader would report.
    /// </summary>
    public static async Task<FilteredIngestOutcome?> RunZipAsync(string path, EventReaderOptions options, IEventSink writer,
        IProgress<IngestProgress>? progress, CancellationToken cancellationToken, int threads = 0)
    {
        using var member = ZipMember.Open(path);
        // The content hash is the zip file's, as the row reader's path records it; it is read on the side.
        var hashing = Task.Run(() => ContentHash.Of(path, cancellationToken), cancellationToken);
        // A member of one chunk is read into a pooled buffer of its size: an ingest of thousands of 15-minute files
        // would otherwise leave a large-object buffer per file for the collector.
        var oneChunk = member.Length < ChunkBytes;
        var pooled = oneChunk ? ArrayPool<byte>.Shared.Rent((int)member.Length + 1 + SeparatorMasks.Padding + 1) : null;
        try
        {
            var inflater = new ZipChunks(member, path);
            var first = NextOrNull(inflater, pooled ?? ZipChunks.NewBuffer(ChunkBytes), null);
            // An empty member, or one whose first row is not a GDELT row: the row reader says what is wrong. So it does
            // for a member longer than the zip's directory says, which would not fit the pooled buffer.
            if (first is not { Limit: > 0 } chunk || (oneChunk && !chunk.Last))
                return null;
            var columns = FirstRowColumns(chunk);
            if (GdeltReader.Layout(columns) is not { } layout)
                return null;
            FilteredIngestOutcome? outcome;
            if (chunk.Last)
            {
                outcome = FilterWholeMember(chunk, member.Label, columns, layout, options, writer);
                progress?.Report(new IngestProgress(path, inflater.CompressedLength, inflater.CompressedLength,
                    outcome?.Report.RowsRead ?? 0, outcome?.Report.RowsKept ?? 0));
            }
            else
            {
                threads = Math.Max(1, threads > 0 ? threads : Environment.ProcessorCount);
                outcome = await FilterZipAsync(inflater, chunk, path, member.Label, columns, layout, options, writer, threads, progress, cancellationToken);
            }
            return outcome is null ? null : outcome with { ContentHash = await hashing };
        }
        finally
        {
            if (pooled is not null)
                ArrayPool<byte>.Shared.Return(pooled);
            await hashing.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Filters a member that came whole in its first chunk, on the calling thread.</summary>
    private static FilteredIngestOutcome? FilterWholeMember(ZipChunk chunk, string label, int columns,
        (string Detail, int[] FieldIndex) layout, EventReaderOptions options, IEventSink writer)
    {
        var scanner = new FilteredRowScanner(columns, layout.FieldIndex, options);
        var result = new FilteredChunk();
        scanner.ScanRows(chunk.Buffer, 0, chunk.Limit, result);
        var written = new Written();
        return written.Take(result, writer) ? Outcome(label, layout.Detail, options, [scanner], written, "") : null;
    }

    private static async Task<FilteredIngestOutcome?> FilterZipAsync(ZipChunks inflater, ZipChunk first, string path, string label, int columns,
        (string Detail, int[] FieldIndex) layout, EventReaderOptions options, IEventSink writer, int threads,
        IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var ahead = threads * ChunksAheadPerThread;
        // Chunks in file order for the writer, and the same chunks as work for the filter threads. Both are bounded,
        // and so are the buffers (each is back in the pool once filtered): memory does not grow with the member.
        var inOrder = Channel.CreateBounded<Task<FilteredChunk>>(ahead);
        var work = Channel.CreateBounded<(ZipChunk Chunk, TaskCompletionSource<FilteredChunk> Slot)>(ahead);
        // Buffers are made as the inflater needs them, up to the ones that can be in flight, then reused.
        var buffers = Channel.CreateUnbounded<byte[]>();
        var buffersMade = 1;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var scanners = new FilteredRowScanner[threads];
        long compressedDone = 0;

        async Task Inflate()
        {
            try
            {
                var chunk = first;
                while (true)
                {
                    var slot = new TaskCompletionSource<FilteredChunk>(TaskCreationOptions.RunContinuationsAsynchronously);
                    await inOrder.Writer.WriteAsync(slot.Task, stop.Token);
                    await work.Writer.WriteAsync((chunk, slot), stop.Token);
                    Volatile.Write(ref compressedDone, inflater.CompressedPosition);
                    if (chunk.Last)
                        break;
                    if (!buffers.Reader.TryRead(out var buffer))
                    {
                        buffer = buffersMade++ < ahead + threads + 1 ? ZipChunks.NewBuffer(ChunkBytes) : await buffers.Reader.ReadAsync(stop.Token);
                    }

                    var next = NextOrNull(inflater, buffer, chunk);
                    if (next is null)
                    {
                        // A row longer than a whole buffer, or a member that cannot be inflated further: the row
                        // reader says what is wrong, in its own words.
                        await inOrder.Writer.WriteAsync(Task.FromResult(new FilteredChunk { Declined = true }), stop.Token);
                        break;
                    }

                    chunk = next.Value;
                }

                inOrder.Writer.Complete();
            }
            catch (Exception e)
            {
                inOrder.Writer.TryComplete(e);
            }
            finally
            {
                work.Writer.TryComplete();
            }
        }

        void Filter(int worker)
        {
            var scanner = scanners[worker] = new FilteredRowScanner(columns, layout.FieldIndex, options);
            while (work.Reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
            {
                if (!work.Reader.TryRead(out var job))
                    continue;
                var result = new FilteredChunk();
                try
                {
                    scanner.ScanRows(job.Chunk.Buffer, 0, job.Chunk.Limit, result);
                }
                catch (Exception e)
                {
                    job.Slot.SetException(e);
                    return;
                }

                buffers.Writer.TryWrite(job.Chunk.Buffer);
                job.Slot.SetResult(result);
            }
        }

        var inflating = Task.Factory.StartNew(Inflate, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        var workers = Enumerable.Range(0, threads)
            .Select(w => Task.Factory.StartNew(() => Filter(w), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        var written = new Written();
        try
        {
            await foreach (var chunk in inOrder.Reader.ReadAllAsync(cancellationToken))
            {
                if (!written.Take(await chunk.WaitAsync(cancellationToken), writer))
                    return null;
                progress?.Report(new IngestProgress(path, Volatile.Read(ref compressedDone), inflater.CompressedLength, written.Rows, written.Kept));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll([inflating, .. workers]).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return Outcome(label, layout.Detail, options, scanners, written, "");
    }

    /// <summary>The next chunk; null when the member cannot be inflated further or a row outgrows the buffer.</summary>
    private static ZipChunk? NextOrNull(ZipChunks inflater, byte[] buffer, ZipChunk? previous)
    {
        try
        {
            var chunk = inflater.Next(buffer, previous);
            return chunk.RowTooLong ? null : chunk;
        }
        catch (InputOutputException)
        {
            return null;
        }
    }

    private static int FirstRowColumns(ZipChunk chunk)
    {
        var row = chunk.Buffer.AsSpan(0, chunk.Limit);
        return row[..row.IndexOf((byte)'\n')].Count((byte)'\t') + 1;
    }
}
