using System.Runtime.ExceptionServices;
using Microsoft.Win32.SafeHandles;
using Pendulum.Events.Readers;

namespace Pendulum.Scan;

/// <summary>
/// Sums a pair's rows straight from raw GDELT event exports (1.0 or 2.0, plain or a one-member <c>.zip</c>) by
/// period, direction and QuadClass, without a store: the job of docs/scan.md, for any pair. A plain file is cut
/// into chunks that the threads take in order and scan in parallel; memory is a chunk buffer and a table of sums
/// per thread, whatever the file's size.
/// </summary>
public static class PairScanner
{
    /// <summary>Scans <paramref name="files"/> in order and returns the pair's sums.</summary>
    /// <exception cref="BadDataException">A strict scan met a row it cannot read (file, line and column named).</exception>
    /// <exception cref="InputOutputException">A file cannot be opened or read.</exception>
    public static PairScanResult Scan(IReadOnlyList<string> files, PairScanOptions options,
        IProgress<PairScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var total = new PairGroupTable();
        long bytes = 0, rows = 0, kept = 0;
        var skipped = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var firstSkipped = new List<string>();
        foreach (var path in files)
        {
            var (scanners, length, zip) = ScanFile(path, options, progress, cancellationToken);
            var fault = scanners.Select(s => s.Fault).Where(f => f is not null).MinBy(f => f!.Value.Offset);
            if (fault is { } f)
            {
                var line = LineNumbers.At(path, zip, f.Offset);
                if (!options.Lenient)
                    throw new BadDataException(f.Reason, path, line, f.Field);
                firstSkipped.Add($"{path}:{line}: {f.Field}: {f.Reason}");
            }
            foreach (var scanner in scanners)
            {
                scanner.Table.MergeInto(total);
                rows += scanner.RowsRead;
                kept += scanner.RowsKept;
                foreach (var (field, count) in scanner.Skipped)
                    skipped[field] = skipped.GetValueOrDefault(field) + count;
            }
            bytes += length;
        }
        return new PairScanResult(total.ToGroups(options.ActorA, options.ActorB), [.. files], bytes, rows, kept, skipped, firstSkipped);
    }

    private static (PairRowScanner[] Scanners, long Length, bool Zip) ScanFile(string path, PairScanOptions options,
        IProgress<PairScanProgress>? progress, CancellationToken cancellationToken)
    {
        using (var handle = ChunkReader.Open(path))
        {
            var length = RandomAccess.GetLength(handle);
            Span<byte> magic = stackalloc byte[4];
            magic = magic[..RandomAccess.Read(handle, magic, 0)];
            if (ZipArchives.IsZip(magic))
                return ([ScanZip(path, options, progress, cancellationToken)], length, true);
            return (ScanChunks(handle, length, path, options, progress, cancellationToken), length, false);
        }
    }

    /// <summary>
    /// Threads take chunks in increasing order. When a strict scan meets a bad row in chunk k, chunks after k are
    /// left alone but those before it finish, so the row reported is the file's first bad one, as on one thread.
    /// </summary>
    private static PairRowScanner[] ScanChunks(SafeFileHandle handle, long length, string path, PairScanOptions options,
        IProgress<PairScanProgress>? progress, CancellationToken cancellationToken)
    {
        var chunkCount = (int)((length + options.ChunkBytes - 1) / options.ChunkBytes);
        var threads = Math.Clamp(chunkCount, 1, options.EffectiveThreads);
        var scanners = new PairRowScanner[threads];
        var nextChunk = -1;
        var stopAfter = int.MaxValue;
        long bytesDone = 0;
        var gate = new Lock();

        void Work(int worker)
        {
            var scanner = scanners[worker] = new PairRowScanner(options);
            var reader = new ChunkReader(handle, length, options.ChunkBytes, path);
            int chunk;
            while ((chunk = Interlocked.Increment(ref nextChunk)) < chunkCount && chunk <= Volatile.Read(ref stopAfter))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var buffer = reader.Read(chunk, out var first, out var limit, out var offset);
                if (!scanner.ScanRows(buffer, first, limit, offset))
                {
                    InterlockedMin(ref stopAfter, chunk);
                    return;
                }
                var done = Interlocked.Add(ref bytesDone, Math.Min(options.ChunkBytes, length - (long)chunk * options.ChunkBytes));
                if (progress is not null)
                {
                    lock (gate)
                        progress.Report(new PairScanProgress(path, done, length, scanners.Sum(s => s?.RowsRead ?? 0)));
                }
            }
        }

        if (threads == 1)
        {
            Work(0);
            return scanners;
        }
        try
        {
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, Work);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return scanners;
    }

    /// <summary>A zip member can only be read from its start, so it is scanned on one thread, a chunk at a time.</summary>
    private static PairRowScanner ScanZip(string path, PairScanOptions options, IProgress<PairScanProgress>? progress,
        CancellationToken cancellationToken)
    {
        var scanner = new PairRowScanner(options);
        using var member = ZipMember.Open(path);
        var chunks = new ZipChunks(member, path);
        var buffer = ZipChunks.NewBuffer(options.ChunkBytes);
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
                continue;
            }

            if (chunk.Limit > 0 && !scanner.ScanRows(chunk.Buffer, 0, chunk.Limit, consumed))
                return scanner;
            consumed += chunk.Limit;
            progress?.Report(new PairScanProgress(path, member.CompressedPosition, member.CompressedLength, scanner.RowsRead));
            if (chunk.Last)
                return scanner;
        }
    }

    private static void InterlockedMin(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
                return;
            current = seen;
        }
    }
}
