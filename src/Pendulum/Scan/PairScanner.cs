using System.Runtime.ExceptionServices;
using Microsoft.Win32.SafeHandles;
using Pendulum.Events.Readers;

namespace Pendulum.Scan;

/// <summary>
/// Sums a pair's rows straight from raw GDELT event exports (1.0 or 2.0, plain or a one-member <c>.zip</c>) by
/// period, direction and QuadClass, without a store: the job of docs/scan.md, for any pair. A plain file is cut
/// into chunks that the threads take in order and scan in parallel; a run of files that are each best read on one
/// thread (zips, and plain files of a single chunk, such as GDELT 2.0's 15-minute exports) is scanned a file per
/// thread; a lone large zip is inflated on one thread and scanned on the others. Memory is a few chunk buffers and a
/// table of sums per thread, whatever the input's size.
/// </summary>
/// <remarks>
/// The result does not depend on the number of threads: sums are exact (see <see cref="PairScanGroup"/>), and files
/// are merged in the order given, so the first bad row reported, or the skipped rows listed, are those one thread
/// would meet first.
/// </remarks>
public static partial class PairScanner
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

        var totals = new PairScanTotals(options.Lenient);
        var threads = options.EffectiveThreads;
        var whole = threads > 1 ? files.Select(f => ScannedWhole(f, options.ChunkBytes)).ToArray() : new bool[files.Count];
        var kept = new ScanBuffer();
        for (var i = 0; i < files.Count;)
        {
            var end = i;
            while (end < files.Count && whole[end])
                end++;
            if (end - i >= 2)
            {
                ScanFilesAtOnce(files, i, end, options, totals, progress, cancellationToken);
                i = end;
            }
            else
            {
                totals.Add(files[i], ScanFile(files[i], options, kept, progress, cancellationToken));
                i++;
            }
        }
        return totals.ToResult(files, options);
    }

    /// <summary>
    /// True for a file one thread best reads whole: a zip (its member can only be inflated from its start) or a plain
    /// file of one chunk. A file that cannot be opened counts as one: its error is raised in its turn.
    /// </summary>
    private static bool ScannedWhole(string path, int chunkBytes)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (RandomAccess.GetLength(handle) <= chunkBytes)
                return true;
            Span<byte> magic = stackalloc byte[4];
            return ZipArchives.IsZip(magic[..RandomAccess.Read(handle, magic, 0)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>
    /// Scans <c>files[from..to)</c> a file per thread, each taken in order. A strict scan stops taking files after one
    /// with a bad row or an error, and the files are merged in order, so what is reported is what one thread would
    /// report.
    /// </summary>
    private static void ScanFilesAtOnce(IReadOnlyList<string> files, int from, int to, PairScanOptions options,
        PairScanTotals totals, IProgress<PairScanProgress>? progress, CancellationToken cancellationToken)
    {
        var count = to - from;
        var scans = new PairFileScan?[count];
        var errors = new ExceptionDispatchInfo?[count];
        var oneThread = options with { Threads = 1 };
        var next = -1;
        var stopAfter = int.MaxValue;
        var gate = new Lock();

        void Work(int worker)
        {
            var kept = new ScanBuffer();
            int k;
            while ((k = Interlocked.Increment(ref next)) < count && k <= Volatile.Read(ref stopAfter))
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    var scan = ScanFile(files[from + k], oneThread, kept, null, cancellationToken);
                    scans[k] = scan;
                    if (!options.Lenient && scan.Fault is not null)
                        InterlockedMin(ref stopAfter, k);
                    if (progress is not null)
                    {
                        lock (gate)
                            progress.Report(new PairScanProgress(files[from + k], scan.Length, scan.Length, scan.RowsRead));
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    errors[k] = ExceptionDispatchInfo.Capture(e);
                    InterlockedMin(ref stopAfter, k);
                }
            }
        }

        RunThreads(Math.Min(options.EffectiveThreads, count), Work);
        for (var k = 0; k < count; k++)
        {
            errors[k]?.Throw();
            // A strict scan throws at the file it stopped after, so every file merged here was scanned.
            totals.Add(files[from + k], scans[k]!);
        }
    }

    /// <summary>Scans one file; a buffer the scan needs on the calling thread comes from <paramref name="kept"/>.</summary>
    private static PairFileScan ScanFile(string path, PairScanOptions options, ScanBuffer kept, IProgress<PairScanProgress>? progress,
        CancellationToken cancellationToken)
    {
        using (var handle = ChunkReader.Open(path))
        {
            var length = RandomAccess.GetLength(handle);
            Span<byte> magic = stackalloc byte[4];
            magic = magic[..RandomAccess.Read(handle, magic, 0)];
            if (ZipArchives.IsZip(magic))
                return new PairFileScan(ScanZip(path, options, kept, progress, cancellationToken), length, Zip: true);
            return new PairFileScan(ScanChunks(handle, length, path, options, kept, progress, cancellationToken), length, Zip: false);
        }
    }

    /// <summary>
    /// Threads take chunks in increasing order. When a strict scan meets a bad row in chunk k, chunks after k are
    /// left alone but those before it finish, so the row reported is the file's first bad one, as on one thread.
    /// </summary>
    private static PairRowScanner[] ScanChunks(SafeFileHandle handle, long length, string path, PairScanOptions options,
        ScanBuffer kept, IProgress<PairScanProgress>? progress, CancellationToken cancellationToken)
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
            // On one thread the calling thread's buffer serves; more threads each make their own.
            var reader = new ChunkReader(handle, length, options.ChunkBytes, path, threads == 1 ? kept : null);
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

        RunThreads(threads, Work);
        return scanners;
    }

    /// <summary>Runs <paramref name="work"/> on <paramref name="threads"/> threads (the calling one among them) and rethrows the first error as itself.</summary>
    private static void RunThreads(int threads, Action<int> work)
    {
        if (threads == 1)
        {
            work(0);
            return;
        }
        try
        {
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, work);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
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
