namespace Pendulum.Bench.Generation;

/// <summary>
/// Writes a synthetic but realistic GDELT 2.0 event export (61 tab-separated fields, <c>\n</c> line ends, no
/// header) of a given size, for benchmarks and tests. The same options always give the same bytes: all
/// randomness comes from one seeded xoshiro256** and nothing depends on the clock or the machine.
/// </summary>
public sealed class GdeltFileGenerator
{
    private const int BufferSize = 4 << 20;

    /// <summary>Room kept free in the buffer for one row; real rows stay under 2 KB, the exact last row too.</summary>
    private const int RowRoom = 64 << 10;

    /// <summary>
    /// When fewer bytes than this would remain after a row, that row becomes the last one and its SOURCEURL
    /// is stretched or shrunk to end the file exactly on the target.
    /// </summary>
    private const int LastRowReserve = 700;

    private readonly GdeltFileGeneratorOptions _options;

    public GdeltFileGenerator(GdeltFileGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Creates or overwrites <paramref name="path"/>.</summary>
    public GdeltFileGeneratorResult WriteFile(string path, CancellationToken cancellationToken = default)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
        return WriteTo(stream, cancellationToken);
    }

    /// <summary>
    /// Writes the rows to <paramref name="output"/> in large blocks; the stream is flushed, not closed.
    /// Rows are composed into one buffer while the previous one is written on the thread pool, so a file
    /// costs about max(compose, write) rather than their sum.
    /// </summary>
    public GdeltFileGeneratorResult WriteTo(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new Utf8Buffer(BufferSize);
        var spare = new Utf8Buffer(BufferSize);
        var writing = Task.CompletedTask;
        var rows = new GdeltRowWriter(_options, GdeltReferenceData.Shared);
        var target = _options.TargetBytes;
        long flushed = 0;
        long rowCount = 0;
        try
        {
            while (flushed + buffer.Length < target)
            {
                if (buffer.Free < RowRoom)
                {
                    writing.GetAwaiter().GetResult();
                    cancellationToken.ThrowIfCancellationRequested();
                    var full = buffer;
                    writing = Task.Run(() => full.WriteTo(output), CancellationToken.None);
                    flushed += full.Length;
                    buffer = spare;
                    buffer.Clear();
                    spare = full;
                }
                var remaining = target - flushed - buffer.Length;
                var rowStart = buffer.Length;
                var urlStart = rows.WriteRow(buffer);
                if (remaining - (buffer.Length - rowStart) >= LastRowReserve)
                {
                    rowCount++;
                    continue;
                }
                // remaining < row length + LastRowReserve here, so it fits an int.
                var urlLength = (int)remaining - (urlStart - rowStart) - 1;
                if (rows.RewriteSourceUrl(buffer, urlStart, urlLength))
                {
                    rowCount++;
                }
                else
                {
                    buffer.Truncate(rowStart);
                }
                break;
            }
        }
        finally
        {
            // Never leave a write running on a buffer or stream the caller may reuse.
            writing.Wait(CancellationToken.None);
        }
        buffer.WriteTo(output);
        flushed += buffer.Length;
        output.Flush();
        return new GdeltFileGeneratorResult(flushed, rowCount);
    }
}
