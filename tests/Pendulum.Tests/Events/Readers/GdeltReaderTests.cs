using Pendulum.Events;
using Pendulum.Events.Readers;

namespace Pendulum.Tests.Events.Readers;

public sealed class GdeltReaderTests
{
    private static readonly string[] FirstLines = File.ReadLines(Fixtures.Gdelt2Second).Take(3).ToArray();

    [Theory]
    [InlineData("gdelt/20180508000000.export.CSV", 487, "GDELT 2.0 (61 columns)")]
    [InlineData("gdelt/20180508001500.export.CSV", 3620, "GDELT 2.0 (61 columns)")]
    [InlineData("gdelt/20141124.export.CSV", 3, "GDELT 1.0 (58 columns, daily file)")]
    [InlineData("gdelt/gdelt1-historical-57col.sample.tsv", 1, "GDELT 1.0 (57 columns, historical backfile)")]
    public void ReadEvents_RealFile_ReadsExactCountAndReportsVersion(string fixture, int expected, string detail)
    {
        var (events, report) = Fixtures.ReadAll(Fixtures.Path(fixture));

        Assert.Equal(expected, events.Count);
        Assert.Equal(expected, report.RowsKept);
        Assert.Equal(EventFormat.Gdelt, report.Format);
        Assert.Equal(detail, report.FormatDetail);
    }

    [Fact]
    public void ReadEvents_BothSlices_FindNineteenUsaChinaEvents()
    {
        var count = new[] { Fixtures.Gdelt2First, Fixtures.Gdelt2Second }
            .Sum(f => Fixtures.ReadAll(f).Events.Count(Fixtures.IsUsaChina));

        Assert.Equal(19, count);
    }

    [Fact]
    public void ReadEvents_ActorFilter_KeepsEventsTouchingEitherCountry()
    {
        var all = Fixtures.ReadAll(Fixtures.Gdelt2Second).Events;
        var options = new EventReaderOptions { Actors = new HashSet<string> { "USA", "CHN" }, ActorMatch = ActorMatch.Touching };

        var (kept, report) = Fixtures.ReadAll(Fixtures.Gdelt2Second, options);

        var expected = all.Count(e => e.Source.Country is "USA" or "CHN" || e.Target.Country is "USA" or "CHN");
        Assert.Equal(expected, kept.Count);
        Assert.Equal(3620 - expected, report.RowsFilteredOut);
        Assert.All(kept, e => Assert.True(e.Source.Country is "USA" or "CHN" || e.Target.Country is "USA" or "CHN"));
    }

    [Fact]
    public void ReadEvents_ActorFilterBetween_KeepsEventsBetweenListedCountriesAndCountsEveryTouchingRow()
    {
        var all = Fixtures.ReadAll(Fixtures.Gdelt2Second).Events;
        var options = new EventReaderOptions { Actors = new HashSet<string> { "USA", "CHN" } };
        using var reader = EventFile.Open(Fixtures.Gdelt2Second, EventFormat.Auto, options);

        var kept = reader.ReadEvents().ToList();

        Assert.Equal(all.Where(e => (e.Source.Country, e.Target.Country) is ("USA", "CHN") or ("CHN", "USA")).Select(e => e.EventId),
            kept.Select(e => e.EventId));
        Assert.Equal(3620 - kept.Count, reader.Report.RowsFilteredOut);
        var touchingUsa = all.Where(e => e.Source.Country == "USA" || e.Target.Country == "USA")
            .GroupBy(e => e.Date).Select(g => ("USA", g.Key, (long)g.Count()));
        var touchingChn = all.Where(e => e.Source.Country == "CHN" || e.Target.Country == "CHN")
            .GroupBy(e => e.Date).Select(g => ("CHN", g.Key, (long)g.Count()));
        Assert.Equal(touchingChn.Concat(touchingUsa).OrderBy(v => v.Item1, StringComparer.Ordinal).ThenBy(v => v.Key),
            reader.Volumes.Entries().Select(v => (v.Country, v.Date, v.Events)));
    }

    [Fact]
    public void ReadEvents_RealRow_MapsEveryField()
    {
        var first = Fixtures.ReadAll(Fixtures.Gdelt2First).Events[0];

        Assert.Equal("gdelt", first.Dataset);
        Assert.Equal("753905644", first.EventId);
        Assert.Equal(new DateOnly(2008, 5, 10), first.Date);
        Assert.Equal("128", first.CameoCode);
        Assert.Equal("12", first.RootCode);
        Assert.Equal(QuadClass.VerbalConflict, first.QuadClass);
        Assert.Equal(-5.0, first.Goldstein);
        Assert.Equal(5, first.Mentions);
        Assert.Equal(1, first.Sources);
        Assert.Equal(5, first.Articles);
        Assert.Equal(-6.934306569343059, first.Tone);
        Assert.Equal(EventActor.None, first.Source);
        Assert.Equal(new EventActor(null, "REGULATOR", "GOV", "GOV"), first.Target);
        Assert.Equal("Australia", first.Location!.Name);
        Assert.Equal(-25.0, first.Location.Latitude);
        Assert.StartsWith("https://www.watoday.com.au/", first.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEvents_CodesWithLeadingZeros_KeepThem()
    {
        var events = Fixtures.ReadAll(Fixtures.Gdelt2Second).Events;

        Assert.Contains(events, e => e.CameoCode.StartsWith('0'));
        Assert.All(events, e => Assert.Equal(e.CameoCode[..2], e.RootCode));
    }

    [Fact]
    public void ReadEvents_ZippedFile_ReadsItsOneMember()
    {
        using var temp = new TempFolder();
        var zip = temp.Zip("20180508001500.export.CSV.zip", ("20180508001500.export.CSV", File.ReadAllText(Fixtures.Gdelt2Second)));

        var (events, report) = Fixtures.ReadAll(zip);

        Assert.Equal(3620, events.Count);
        Assert.Equal("GDELT 2.0 (61 columns)", report.FormatDetail);
    }

    [Theory]
    [InlineData(0, "the zip archive holds no file")]
    [InlineData(2, "the zip archive holds 2 files")]
    public void Open_ZipWithoutExactlyOneMember_Refuses(int members, string message)
    {
        using var temp = new TempFolder();
        var zip = temp.Zip("bad.zip", Enumerable.Range(0, members).Select(i => ($"m{i}.CSV", FirstLines[0] + "\n")).ToArray());

        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(zip));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.DataError, error.ExitCode);
    }

    [Theory]
    [InlineData(1, "9999", "EventCode", "not a CAMEO event code")]
    [InlineData(1, "42", "EventCode", "did it lose a leading zero")]
    [InlineData(1, "20181345", "SQLDATE", "not a date")]
    [InlineData(1, "abc", "GoldsteinScale", "not a number")]
    [InlineData(1, "12.5", "GoldsteinScale", "outside the Goldstein scale")]
    [InlineData(1, "7", "QuadClass", "not a QuadClass")]
    [InlineData(1, "x1", "NumMentions", "not a non-negative integer")]
    public void ReadEvents_BadField_StrictStopsAtFileLineAndField(int row, string value, string field, string reason)
    {
        using var temp = new TempFolder();
        var lines = FirstLines.ToArray();
        lines[row] = Replace(lines[row], field, value);
        var path = temp.Write("bad.CSV", string.Join('\n', lines) + "\n");

        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path));

        Assert.Equal(path, error.File);
        Assert.Equal(row + 1, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:{row + 1}: {field}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEvents_WrongColumnCount_StrictNamesLineAndCounts()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bad.CSV", $"{FirstLines[0]}\n{FirstLines[1]}\textra\n{FirstLines[2]}\n");

        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path));

        Assert.Equal(2, error.Line);
        Assert.Contains("expected 61 tab-separated columns", error.Reason, StringComparison.Ordinal);
        Assert.Contains("found 62", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEvents_FirstLineOfUnknownWidth_Refuses()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bad.tsv", "1\t2\t3\n");

        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path, format: EventFormat.Gdelt));

        Assert.Contains("expected 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEvents_TruncatedLastLine_StrictSaysTruncated()
    {
        using var temp = new TempFolder();
        var path = temp.Write("cut.CSV", $"{FirstLines[0]}\n{FirstLines[1]}\n{FirstLines[2][..80]}");

        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path));

        Assert.Equal(3, error.Line);
        Assert.Contains("truncated last line", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEvents_LastLineWithoutNewline_IsAccepted()
    {
        using var temp = new TempFolder();
        var path = temp.Write("nonl.CSV", string.Join('\n', FirstLines));

        Assert.Equal(3, Fixtures.ReadAll(path).Events.Count);
    }

    [Fact]
    public void ReadEvents_CrLfLineEnds_AreAccepted()
    {
        using var temp = new TempFolder();
        var path = temp.Write("crlf.CSV", string.Join("\r\n", FirstLines) + "\r\n");

        var events = Fixtures.ReadAll(path).Events;

        Assert.Equal(3, events.Count);
        Assert.DoesNotContain('\r', events[^1].Url!);
    }

    [Fact]
    public void ReadEvents_Latin1Bytes_StrictRefusesAsEncoding()
    {
        using var temp = new TempFolder();
        var bytes = System.Text.Encoding.Latin1.GetBytes(Replace(FirstLines[0], "ActionGeo_FullName", "Curaçao") + "\n");
        var path = temp.WriteBytes("latin1.CSV", bytes);

        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path, format: EventFormat.Gdelt));

        Assert.Contains("not valid UTF-8", error.Reason, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Open_Utf16File_RefusesAsEncoding()
    {
        using var temp = new TempFolder();
        var path = temp.Write("utf16.CSV", FirstLines[0] + "\n", new System.Text.UnicodeEncoding(false, true));

        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path));

        Assert.Contains("UTF-16", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EmptyFile_Refuses()
    {
        using var temp = new TempFolder();
        var path = temp.Write("empty.CSV", "");

        var error = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path));

        Assert.Equal("the file is empty", error.Reason);
    }

    [Fact]
    public void ReadEvents_LenientWithTwelveBadRows_KeepsGoodRowsAndDetailsFirstTen()
    {
        using var temp = new TempFolder();
        var lines = File.ReadLines(Fixtures.Gdelt2Second).Take(40).ToArray();
        var bad = Enumerable.Range(0, 12).Select(i => i * 3 + 1).ToArray();
        foreach (var i in bad)
            lines[i] = Replace(lines[i], "SQLDATE", "notadate");
        var path = temp.Write("mixed.CSV", string.Join('\n', lines) + "\n");

        var (events, report) = Fixtures.ReadAll(path, new EventReaderOptions { Lenient = true });

        Assert.Equal(28, events.Count);
        Assert.Equal(12, report.RowsSkipped);
        Assert.Equal(10, report.Skipped.Count);
        Assert.Equal(bad.Take(10).Select(i => (long)i + 1), report.Skipped.Select(s => s.Line));
        Assert.All(report.Skipped, s => Assert.Equal("SQLDATE", s.Field));
    }

    [Fact]
    public void ReadEvents_GoldsteinTableGiven_RescoresFromTable()
    {
        var table = Pendulum.Events.Cameo.GoldsteinTable.Icews;

        var events = Fixtures.ReadAll(Fixtures.Gdelt2Second, new EventReaderOptions { Goldstein = table }).Events;

        Assert.All(events, e => Assert.Equal(table.TryGet(e.CameoCode, out var v) ? v : double.NaN, e.Goldstein));
    }

    /// <summary>Replaces one named field of a GDELT 2.0 line.</summary>
    internal static string Replace(string line, string field, string value)
    {
        var columns = File.ReadLines(Fixtures.Path("gdelt/gdelt2-columns.tsv")).Select(l => l.Split('\t')[1].Trim()).ToList();
        var fields = line.Split('\t');
        fields[columns.IndexOf(field)] = value;
        return string.Join('\t', fields);
    }
}
