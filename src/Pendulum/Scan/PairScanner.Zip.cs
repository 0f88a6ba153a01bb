using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Pendulum.Events.Readers;

namespace Pendulum.Scan;

public static partial class PairScanner
{
    /// <summary>
    /// A zip member can only be inflated from its start. One of a couple of chunks is scanned as it is inflated, on one
    /// thread; a larger one is inflated on the calling thread and scanned on the others, which on a small machine
    /// hides the scan behind the inflating.
    /// </summary>
    private static PairRowScanner[] ScanZip(string path, PairScanOptions options, ScanBuffer kept,
        IProgress<PairScanProgress>? progress, CancellationToken cancellationToken)
    {
        using var member = ZipMember.Open(path);
        var chunks = new ZipChunks(member, path);
        var threads = options.EffectiveThreads;
        if (threads > 1 && member.Length >= 2L * options.ChunkBytes)
            return ScanZipPipelined(chunks, path, options, threads - 1, progress, cancellationToken);
        // A 15-minute GDELT export inflates to a few MB: its buffer need not be a whole chunk (the member's stated
        // size is only a hint; a row that outgrows the buffer grows it).
        var bufferBytes = (int)Math.Clamp(member.Length + 1, 4096, options.ChunkBytes);
        return [ScanZipInline(chunks, path, options, kept.Rent(bufferBytes + SeparatorMasks.Padding + 1), kept, progress, cancellationToken)];
    }

    private static PairRowScanner ScanZipInline(ZipChunks chunks, string path, PairScanOptions options, byte[] buffer,
        ScanBuffer kept, IProgress<PairScanProgress>? progress, CancellationToken cancellationToken)
    {
        var scanner = new PairRowScanner(options);
        ZipChunk? previous = null;
        long consumed = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = chunks.Next(buffer, previous);
            previous = chunk;
            if (chunk.RowTooLong)
            {
                // The scanner reports a bad row, however long, once it has the whole of it.
                buffer = ZipChunks.NewBuffer(2 * (buffer.Length - SeparatorMasks.Padding - 1));
                kept.Keep(buffer);
                continue;
            }

            if (chunk.Limit > 0 && !scanner.ScanRows(chunk.Buffer, 0, chunk.Limit, consumed))
                return scanner;
            consumed += chunk.Limit;
            progress?.Report(new PairScanProgress(path, chunks.CompressedPosition, chunks.CompressedLength, scanner.RowsRead));
            if (chunk.Last)
                return scanner;
        }
    }

    /// <summary>
    /// Inflates on the calling thread into chunks of whole rows that <paramref name="scanning"/> threads take in order.
    /// A strict scan stops inflating after a chunk with a bad row; chunks before it are scanned, so the row reported is
    /// the member's first bad one. Buffers go back to a pool once scanned: memory is bounded whatever the member's size.
    /// </summary>
    private static PairRowScanner[] ScanZipPipelined(ZipChunks chunks, string path, PairScanOptions options, int scanning,
        IProgress<PairScanProgress>? progress, CancellationToken cancellationToken)
    {
        var scanners = new PairRowScanner[scanning];
        // Every buffer is with the inflater, in the queue or with a scanner, so this many never leaves one waiting forever.
        var queued = scanning + 1;
        var maxBuffers = queued + scanning + 1;
        using var work = new BlockingCollection<(ZipChunk Chunk, long Offset, int Index)>(queued);
        using var spare = new BlockingCollection<byte[]>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stopAfter = int.MaxValue;

        void Scan(int worker)
        {
            var scanner = scanners[worker] = new PairRowScanner(options);
            try
            {
                foreach (var (chunk, offset, index) in work.GetConsumingEnumerable(stop.Token))
                {
                    // Chunks are taken in order: one after a strict scan's bad row is left alone, none before it.
                    if (index <= Volatile.Read(ref stopAfter) && !scanner.ScanRows(chunk.Buffer, 0, chunk.Limit, offset))
                        InterlockedMin(ref stopAfter, index);
                    spare.Add(chunk.Buffer);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The inflater may be waiting for room in the queue or for a buffer.
                stop.Cancel();
                throw;
            }
        }

        var workers = Enumerable.Range(0, scanning)
            .Select(w => Task.Factory.StartNew(() => Scan(w), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        ExceptionDispatchInfo? inflateError = null;
        try
        {
            var bufferBytes = options.ChunkBytes;
            var buffer = ZipChunks.NewBuffer(bufferBytes);
            var made = 1;
            ZipChunk? previous = null;
            long consumed = 0;
            var index = 0;
            while (Volatile.Read(ref stopAfter) == int.MaxValue)
            {
                stop.Token.ThrowIfCancellationRequested();
                var chunk = chunks.Next(buffer, previous);
                previous = chunk;
                if (chunk.RowTooLong)
                {
                    // Buffers of the old size are dropped as they come back, so every buffer can take the rest of the row.
                    bufferBytes *= 2;
                    buffer = ZipChunks.NewBuffer(bufferBytes);
                    made = 1;
                    continue;
                }

                work.Add((chunk, consumed, index++), stop.Token);
                consumed += chunk.Limit;
                progress?.Report(new PairScanProgress(path, chunks.CompressedPosition, chunks.CompressedLength,
                    scanners.Sum(s => s?.RowsRead ?? 0)));
                if (chunk.Last)
                    break;
                buffer = NextBuffer(spare, bufferBytes, ref made, maxBuffers, stop.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A scanner failed and stopped the inflating; its error is raised below.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            inflateError = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            work.CompleteAdding();
            Task.WhenAll(workers).ContinueWith(_ => { }, TaskScheduler.Default).Wait(CancellationToken.None);
        }

        if (workers.FirstOrDefault(w => w.IsFaulted) is { } failed)
            ExceptionDispatchInfo.Capture(failed.Exception!.InnerExceptions[0]).Throw();
        cancellationToken.ThrowIfCancellationRequested();
        // A strict scan's bad row comes before whatever stopped the inflating, as on one thread.
        if (inflateError is not null && (options.Lenient || scanners.All(s => s.Fault is null)))
            inflateError.Throw();
        return scanners;
    }

    /// <summary>
    /// A scanned buffer of the current size, a new one while fewer than <paramref name="maxBuffers"/> of that size
    /// exist, or the next to come back. Buffers of an older, smaller size are dropped as they come back.
    /// </summary>
    private static byte[] NextBuffer(BlockingCollection<byte[]> spare, int bufferBytes, ref int made, int maxBuffers,
        CancellationToken cancellationToken)
    {
        var wanted = bufferBytes + SeparatorMasks.Padding + 1;
        while (true)
        {
            if (!spare.TryTake(out var buffer))
            {
                if (made < maxBuffers)
                {
                    made++;
                    return ZipChunks.NewBuffer(bufferBytes);
                }
                buffer = spare.Take(cancellationToken);
            }
            if (buffer.Length == wanted)
                return buffer;
        }
    }
}
