using Pendulum.Scan;

namespace Pendulum.Tests.Scan;

/// <summary>
/// The scans that spread work other than a plain file's chunks over threads: runs of small files (zips and plain files
/// of one chunk) a file per thread, and a large zip inflated on one thread and scanned on the others. Each must give
/// what one thread gives, including which bad row is reported.
/// </summary>
public sealed class PairScannerParallelTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static PairScanOptions UsaChina(int threads, int chunk = 4 << 20, bool lenient = false) =>
        new() { ActorA = "USA", ActorB = "CHN", Threads = threads, ChunkBytes = chunk, Lenient = lenient };

    /// <summary>
    /// Eight files of one pass over the real rows each (about 1.6 MB, a single chunk), two of them plain and the rest
    /// zipped, as a folder of 15-minute exports holds; <paramref name="extra"/> rows are appended to the file at their index.
    /// </summary>
    private string[] SmallFiles(params (int Index, string Row)[] extra)
    {
        return [.. Enumerable.Range(0, 8).Select(i =>
        {
            var text = ScanRows.Redrawn(copies: 1, seed: (ulong)i) + string.Concat(extra.Where(e => e.Index == i).Select(e => e.Row));
            return i % 3 == 2 ? _folder.Write($"{i:00}.CSV", text) : _folder.Zip($"{i:00}.CSV.zip", ($"{i:00}.CSV", text));
        })];
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Scan_SmallFilesOnSeveralThreads_SameAsOneThread(int threads)
    {
        var files = SmallFiles();
        var oneThread = PairScanner.Scan(files, UsaChina(1));

        var result = PairScanner.Scan(files, UsaChina(threads));

        Assert.Equal(ScanRows.Csv(oneThread), ScanRows.Csv(result));
        Assert.Equal((oneThread.RowsRead, oneThread.RowsKept, oneThread.BytesRead), (result.RowsRead, result.RowsKept, result.BytesRead));
        Assert.True(result.RowsKept > 10, $"only {result.RowsKept} rows kept: the test input is too thin");
    }

    [Fact]
    public void Scan_SmallFilesBetweenChunkedOnes_SameAsOneThread()
    {
        // A plain file of many chunks between runs of small files: each run is scanned a file per thread, the large
        // file chunk by chunk.
        var small = SmallFiles();
        var large = _folder.Write("large.CSV", ScanRows.Redrawn(copies: 1, seed: 40));
        string[] files = [.. small[..5], large, .. small[5..]];

        var result = PairScanner.Scan(files, UsaChina(2, chunk: 8192));

        Assert.Equal(ScanRows.Csv(PairScanner.Scan(files, UsaChina(1, chunk: 8192))), ScanRows.Csv(result));
    }

    [Fact]
    public void Scan_BadRowsInTwoSmallFiles_ReportsTheFirstFilesRow()
    {
        var bad = Row(quad: "9");
        var files = SmallFiles((4, bad), (6, bad));
        var line = ScanRows.Redrawn(copies: 1, seed: 4).Count(c => c == '\n') + 1;

        var error = Assert.Throws<BadDataException>(() => PairScanner.Scan(files, UsaChina(2)));

        Assert.Equal((files[4], (long?)line, "QuadClass"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void Scan_BadRowBeforeAMissingFile_ReportsTheBadRow()
    {
        var files = SmallFiles((3, Row(quad: "0")));
        files[6] = _folder.Path("missing.CSV.zip");

        var error = Assert.Throws<BadDataException>(() => PairScanner.Scan(files, UsaChina(2)));

        Assert.Equal(files[3], error.File);
    }

    [Fact]
    public void Scan_MissingFileBeforeABadRow_ReportsTheMissingFile()
    {
        var files = SmallFiles((6, Row(quad: "0")));
        files[2] = _folder.Path("missing.CSV");

        var error = Assert.Throws<InputOutputException>(() => PairScanner.Scan(files, UsaChina(2)));

        Assert.Equal(files[2], error.File);
    }

    [Fact]
    public void Scan_LenientSmallFilesOnTwoThreads_ListsSkippedRowsInFileOrder()
    {
        var files = SmallFiles((1, Row(quad: "9")), (5, "short\trow\n"), (7, Row(goldstein: "x")));
        var oneThread = PairScanner.Scan(files, UsaChina(1, lenient: true));

        var result = PairScanner.Scan(files, UsaChina(2, lenient: true));

        Assert.Equal(3, result.FirstSkipped.Count);
        Assert.Equal(oneThread.FirstSkipped, result.FirstSkipped);
        Assert.Equal(oneThread.RowsSkipped, result.RowsSkipped);
        Assert.Equal(ScanRows.Csv(oneThread), ScanRows.Csv(result));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Scan_LargeZipInflatedWhileScanned_SameAsThePlainFile(int threads)
    {
        // 4 KiB chunks make a member of hundreds: the inflater runs ahead, buffers are reused, rows cross chunks.
        var text = ScanRows.Redrawn(copies: 1);
        var plain = _folder.Write("rows.CSV", text);
        var zip = _folder.Zip("rows.CSV.zip", ("rows.CSV", text));

        var result = PairScanner.Scan([zip], UsaChina(threads, chunk: 4096));

        var fromPlain = PairScanner.Scan([plain], UsaChina(1));
        Assert.Equal(ScanRows.Csv(fromPlain), ScanRows.Csv(result));
        Assert.Equal(fromPlain.RowsRead, result.RowsRead);
    }

    [Fact]
    public void Scan_LargeZipWithARowLongerThanAChunk_SameAsThePlainFile()
    {
        // The inflater grows its buffers for the long row; buffers of the old size still in the queue are then dropped.
        var fields = Row().TrimEnd('\n').Split('\t');
        fields[^1] = "https://example.org/" + new string('x', 10_000);
        var text = ScanRows.Redrawn(copies: 1) + string.Join('\t', fields) + "\n" + ScanRows.Redrawn(copies: 1, seed: 9);
        var plain = _folder.Write("long.CSV", text);
        var zip = _folder.Zip("long.CSV.zip", ("long.CSV", text));

        var result = PairScanner.Scan([zip], UsaChina(2, chunk: 4096));

        Assert.Equal(ScanRows.Csv(PairScanner.Scan([plain], UsaChina(1))), ScanRows.Csv(result));
    }

    [Fact]
    public void Scan_LargeZipWithTwoBadRows_ReportsTheFirst()
    {
        var good = ScanRows.Redrawn(copies: 1);
        var bad = Row(quad: "9");
        var zip = _folder.Zip("rows.CSV.zip", ("rows.CSV", good + good + bad + good + good + bad + good));

        var error = Assert.Throws<BadDataException>(() => PairScanner.Scan([zip], UsaChina(3, chunk: 4096)));

        Assert.Equal(2 * good.Count(c => c == '\n') + 1, error.Line);
    }

    [Fact]
    public void Scan_LargeZipCorruptMidMember_SameErrorAsOneThread()
    {
        var zip = Garbled(_folder.Zip("rows.CSV.zip", ("rows.CSV", ScanRows.Redrawn(copies: 1))));
        var expected = Assert.ThrowsAny<PendulumException>(() => PairScanner.Scan([zip], UsaChina(1, chunk: 4096)));

        var error = Assert.ThrowsAny<PendulumException>(() => PairScanner.Scan([zip], UsaChina(2, chunk: 4096)));

        Assert.Equal((expected.GetType(), expected.Message), (error.GetType(), error.Message));
        Assert.Equal(zip, error.File);
    }

    [Fact]
    public void Scan_BadRowBeforeTheCorruptPartOfAZip_ReportsTheBadRow()
    {
        var zip = Garbled(_folder.Zip("rows.CSV.zip", ("rows.CSV", Row(quad: "9") + ScanRows.Redrawn(copies: 1))));

        var error = Assert.Throws<BadDataException>(() => PairScanner.Scan([zip], UsaChina(2, chunk: 4096)));

        Assert.Equal((1L, "QuadClass"), (error.Line!.Value, error.Field));
    }

    /// <summary>Garbles a stretch in the middle of a zip's deflate data (between the local header and the central directory).</summary>
    private static string Garbled(string zip)
    {
        var bytes = File.ReadAllBytes(zip);
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 2048; i++)
            bytes[i] ^= 0x5A;
        File.WriteAllBytes(zip, bytes);
        return zip;
    }

    /// <summary>A 61-column GDELT 2.0 USA-CHN row with the given numbers, the rest as in a real row.</summary>
    private static string Row(string quad = "1", string goldstein = "3.4")
    {
        var fields = ScanRows.RealRows()[0].Split('\t');
        (fields[7], fields[17], fields[29], fields[30]) = ("USA", "CHN", quad, goldstein);
        return string.Join('\t', fields) + "\n";
    }
}
