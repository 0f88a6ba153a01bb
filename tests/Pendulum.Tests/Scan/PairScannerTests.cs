using System.IO.Compression;
using System.Text;
using Pendulum.Scan;

namespace Pendulum.Tests.Scan;

public sealed class PairScannerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static PairScanOptions UsaChina(int threads = 1, int chunk = 4 << 20, ScanPeriod period = ScanPeriod.Day, bool lenient = false) =>
        new() { ActorA = "USA", ActorB = "CHN", Threads = threads, ChunkBytes = chunk, Period = period, Lenient = lenient };

    [Fact]
    public void Scan_RealFixtureRows_MatchesTheDecimalOracle()
    {
        var text = ScanRows.Redrawn(copies: 3);
        var path = _folder.Write("rows.CSV", text);

        var result = PairScanner.Scan([path], UsaChina());

        Assert.Equal(ScanRows.OracleCsv(text, "USA", "CHN"), ScanRows.Csv(result));
        Assert.Equal(text.Count(c => c == '\n'), result.RowsRead);
        Assert.Equal(result.Groups.Sum(g => g.Count), result.RowsKept);
        Assert.True(result.RowsKept > 100, $"only {result.RowsKept} rows kept: the test input is too thin");
    }

    [Theory]
    [InlineData(1, 4096)]
    [InlineData(2, 4096)]
    [InlineData(3, 5003)]
    [InlineData(2, 65536)]
    public void Scan_ThreadsAndChunkSizes_GiveTheSameBytes(int threads, int chunk)
    {
        // Chunks of 4-5 KB cut through most rows (real rows are 300-700 bytes), so every boundary case is met.
        var text = ScanRows.Redrawn(copies: 2);
        var path = _folder.Write("rows.CSV", text);

        var result = PairScanner.Scan([path], UsaChina(threads, chunk));

        Assert.Equal(ScanRows.OracleCsv(text, "USA", "CHN"), ScanRows.Csv(result));
        Assert.Equal(text.Count(c => c == '\n'), result.RowsRead);
    }

    [Fact]
    public void Scan_ChunkEndingRightAfterANewline_ReadsEachRowOnce()
    {
        var text = ScanRows.Redrawn(copies: 1);
        var path = _folder.Write("rows.CSV", text);
        // The chunk size is the length of the first rows, so the second chunk begins exactly at a row.
        var chunk = 0;
        while (chunk < 4096)
            chunk = text.IndexOf('\n', chunk) + 1;

        var result = PairScanner.Scan([path], UsaChina(threads: 2, chunk: chunk));

        Assert.Equal(text.Count(c => c == '\n'), result.RowsRead);
        Assert.Equal(ScanRows.OracleCsv(text, "USA", "CHN"), ScanRows.Csv(result));
    }

    [Theory]
    [InlineData(ScanPeriod.Month)]
    [InlineData(ScanPeriod.Year)]
    public void Scan_ByMonthOrYear_GroupsOnGdeltsOwnColumn(ScanPeriod period)
    {
        var text = ScanRows.Redrawn(copies: 1);
        var path = _folder.Write("rows.CSV", text);

        var result = PairScanner.Scan([path], UsaChina(period: period));

        Assert.Equal(ScanRows.OracleCsv(text, "USA", "CHN", period), ScanRows.Csv(result, period));
    }

    [Fact]
    public void Scan_LastRowWithoutNewline_IsRead()
    {
        var text = ScanRows.Redrawn(copies: 1);
        var path = _folder.Write("rows.CSV", text.TrimEnd('\n'));

        var result = PairScanner.Scan([path], UsaChina(threads: 2, chunk: 4096));

        Assert.Equal(ScanRows.OracleCsv(text, "USA", "CHN"), ScanRows.Csv(result));
    }

    [Fact]
    public void Scan_ZipMember_SameAsThePlainFile()
    {
        var text = ScanRows.Redrawn(copies: 2);
        var plain = _folder.Write("rows.CSV", text);
        var zip = _folder.Zip("rows.CSV.zip", ("rows.CSV", text));

        var fromZip = PairScanner.Scan([zip], UsaChina(chunk: 4096));

        Assert.Equal(ScanRows.Csv(PairScanner.Scan([plain], UsaChina())), ScanRows.Csv(fromZip));
        Assert.Equal(new FileInfo(zip).Length, fromZip.BytesRead);
    }

    [Fact]
    public void Scan_ZipRowLongerThanAChunk_SameAsThePlainFile()
    {
        // A USA-CHN row with a 10,000-byte URL, between ordinary rows: the 4 KiB chunk buffer must grow to hold it.
        var fields = Row("USA", "CHN").TrimEnd('\n').Split('\t');
        fields[^1] = "https://example.org/" + new string('x', 10_000);
        var text = ScanRows.Redrawn(copies: 1) + string.Join('\t', fields) + "\n" + ScanRows.Redrawn(copies: 1, seed: 9);
        var plain = _folder.Write("long.CSV", text);
        var zip = _folder.Zip("long.CSV.zip", ("long.CSV", text));

        var fromZip = PairScanner.Scan([zip], UsaChina(chunk: 4096));

        Assert.Equal(ScanRows.Csv(PairScanner.Scan([plain], UsaChina())), ScanRows.Csv(fromZip));
    }

    [Fact]
    public void Scan_TwoFiles_SumsBoth()
    {
        var first = ScanRows.Redrawn(copies: 1, seed: 1);
        var second = ScanRows.Redrawn(copies: 1, seed: 2);
        var paths = new[] { _folder.Write("a.CSV", first), _folder.Write("b.CSV", second) };

        var result = PairScanner.Scan(paths, UsaChina(threads: 2, chunk: 8192));

        Assert.Equal(ScanRows.OracleCsv(first + second, "USA", "CHN"), ScanRows.Csv(result));
    }

    [Fact]
    public void Scan_CodeThatOnlyStartsWithTheActor_IsNotKept()
    {
        var row = Row(actor1: "USAX", actor2: "CHN") + Row(actor1: "USA", actor2: "CHNA") + Row(actor1: "USA", actor2: "CHN");
        var path = _folder.Write("rows.CSV", row);

        var result = PairScanner.Scan([path], UsaChina());

        Assert.Equal((3L, 1L), (result.RowsRead, result.RowsKept));
    }

    [Fact]
    public void Scan_SameCountryOnBothSides_KeepsItsDomesticRows()
    {
        var path = _folder.Write("rows.CSV", Row("USA", "USA") + Row("USA", "CHN"));

        var result = PairScanner.Scan([path], new PairScanOptions { ActorA = "USA", ActorB = "USA" });

        var group = Assert.Single(result.Groups);
        Assert.Equal(("USA", "USA", 1L), (group.Actor1, group.Actor2, group.Count));
    }

    [Theory]
    [InlineData("x", "2.0", "5", "QuadClass", "'x' is not a QuadClass (1-4)")]
    [InlineData("1", "2,0", "5", "GoldsteinScale", "'2,0' is not a decimal number")]
    [InlineData("1", "1e1", "5", "GoldsteinScale", "'1e1' is not a decimal number")]
    [InlineData("1", "1.0000001", "5", "GoldsteinScale", "at most 6 decimals")]
    [InlineData("1", "2.0", "-5", "NumMentions", "'-5' is not a non-negative integer")]
    public void Scan_BadFieldInAPairRow_StopsWithFileLineAndColumn(string quad, string goldstein, string mentions, string field, string reason)
    {
        var good = ScanRows.Redrawn(copies: 1);
        var path = _folder.Write("rows.CSV", good + Row("CHN", "USA", quad, goldstein, mentions) + good);
        var line = good.Count(c => c == '\n') + 1;

        var error = Assert.Throws<BadDataException>(() => PairScanner.Scan([path], UsaChina(threads: 2, chunk: 4096)));

        Assert.Equal((path, (long?)line, field), (error.File, error.Line, error.Field));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_ShortRow_NamesTheMissingColumn()
    {
        var path = _folder.Write("rows.CSV", Row("USA", "CHN") + "1\t20180508\t201805\n");

        var error = Assert.Throws<BadDataException>(() => PairScanner.Scan([path], UsaChina()));

        Assert.Equal((2L, "Actor1CountryCode"), (error.Line, error.Field));
        Assert.Contains("ends after 3 fields", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_BadRowInAZip_NamesTheLineOfTheMember()
    {
        var good = ScanRows.Redrawn(copies: 1);
        var zip = _folder.Zip("rows.CSV.zip", ("rows.CSV", good + Row("USA", "CHN", quad: "0") + good));

        var error = Assert.Throws<BadDataException>(() => PairScanner.Scan([zip], UsaChina(chunk: 4096)));

        Assert.Equal((zip, (long?)(good.Count(c => c == '\n') + 1), "QuadClass"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void Scan_TwoBadRowsInDifferentChunks_ReportsTheFirst()
    {
        var good = ScanRows.Redrawn(copies: 1);
        var bad = Row("USA", "CHN", quad: "9");
        var path = _folder.Write("rows.CSV", good + bad + good + good + bad + good);

        var error = Assert.Throws<BadDataException>(() => PairScanner.Scan([path], UsaChina(threads: 3, chunk: 4096)));

        Assert.Equal(good.Count(c => c == '\n') + 1, error.Line);
    }

    [Fact]
    public void Scan_Lenient_SkipsAndCountsBadRows()
    {
        var good = ScanRows.Redrawn(copies: 1);
        var path = _folder.Write("rows.CSV", good + Row("USA", "CHN", quad: "9") + "short\trow\n" + good);

        var result = PairScanner.Scan([path], UsaChina(threads: 2, chunk: 4096, lenient: true));

        Assert.Equal(ScanRows.OracleCsv(good + good, "USA", "CHN"), ScanRows.Csv(result));
        Assert.Equal(new Dictionary<string, long> { ["Actor1CountryCode"] = 1, ["QuadClass"] = 1 }, result.RowsSkipped);
        var first = Assert.Single(result.FirstSkipped);
        Assert.StartsWith($"{path}:{good.Count(c => c == '\n') + 1}: QuadClass:", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_EmptyFile_FindsNothing()
    {
        var path = _folder.Write("empty.CSV", "");

        var result = PairScanner.Scan([path], UsaChina());

        Assert.Equal((0L, 0), (result.RowsRead, result.Groups.Count));
    }

    [Fact]
    public void Scan_MissingFile_IsAnInputOutputError()
    {
        var error = Assert.Throws<InputOutputException>(() => PairScanner.Scan([_folder.Path("nope.CSV")], UsaChina()));

        Assert.EndsWith("nope.CSV", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_ZipWithTwoMembers_IsBadData()
    {
        var zip = _folder.Zip("two.zip", ("a.CSV", Row("USA", "CHN")), ("b.CSV", Row("USA", "CHN")));

        var error = Assert.Throws<BadDataException>(() => PairScanner.Scan([zip], UsaChina()));

        Assert.Contains("holds 2 files", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_GdeltOneDailyFile_ReadsTheSameColumns()
    {
        // GDELT 1.0 rows (57 columns) put the scanned columns where 2.0 does.
        var rows = File.ReadAllLines(Fixtures.Gdelt1Daily).Select(r =>
        {
            var f = r.Split('\t');
            (f[7], f[17]) = ("CHN", "USA");
            return string.Join('\t', f) + "\n";
        });
        var text = string.Concat(rows);
        var path = _folder.Write("1.0.CSV", text);

        var result = PairScanner.Scan([path], UsaChina());

        Assert.Equal(ScanRows.OracleCsv(text, "USA", "CHN"), ScanRows.Csv(result));
        Assert.Equal(3, result.RowsKept);
    }

    /// <summary>A 61-column GDELT 2.0 row with the given codes and numbers, the rest as in a real row.</summary>
    private static string Row(string actor1, string actor2, string quad = "1", string goldstein = "3.4", string mentions = "10")
    {
        var fields = ScanRows.RealRows()[0].Split('\t');
        (fields[7], fields[17], fields[29], fields[30], fields[31]) = (actor1, actor2, quad, goldstein, mentions);
        return string.Join('\t', fields) + "\n";
    }
}
