using System.IO.Compression;
using System.Text;
using Pendulum.Events;
using Pendulum.Events.Readers;
using Pendulum.Ingest;
using Pendulum.Store;
using Pendulum.Tests.Store;

namespace Pendulum.Tests.Ingest;

/// <summary>
/// The chunked path of a filtered GDELT ingest must give exactly what the row-by-row reader gives (events in file
/// order, counts, volumes, content hash) on any number of threads, and hand every file it cannot read exactly
/// back to that reader.
/// </summary>
public sealed class FilteredGdeltIngestTests : IDisposable
{
    private static readonly EventReaderOptions UsaChina = new() { Actors = new HashSet<string>(StringComparer.Ordinal) { "USA", "CHN" } };

    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData(1, ActorMatch.Between)]
    [InlineData(3, ActorMatch.Between)]
    [InlineData(2, ActorMatch.Touching)]
    public async Task RunAsync_FileOfSeveralChunks_GivesWhatTheRowReaderGives(int threads, ActorMatch match)
    {
        var path = SeveralChunks();
        var options = UsaChina with { ActorMatch = match };
        using var reader = EventFile.Open(path, EventFormat.Auto, options);
        var expected = reader.ReadEvents().ToList();
        var writer = new RecordingWriter();

        var outcome = await FilteredGdeltIngest.RunAsync(path, options, writer, null, CancellationToken.None, threads);

        Assert.True(new FileInfo(path).Length > 2 * ContentHash.BlockBytes);
        AssertSameAsRowReader(reader, expected, writer, outcome, path);
    }

    [Theory]
    [InlineData("gdelt/20141124.export.CSV")]
    [InlineData("gdelt/gdelt1-historical-57col.sample.tsv")]
    [InlineData("gdelt/20180508000000.export.CSV")]
    public async Task RunAsync_EveryGdeltLayout_GivesWhatTheRowReaderGives(string fixture)
    {
        var path = Fixtures.Path(fixture);
        var options = new EventReaderOptions { Actors = new HashSet<string>(StringComparer.Ordinal) { "USA", "CHN", "COL" }, ActorMatch = ActorMatch.Touching };
        using var reader = EventFile.Open(path, EventFormat.Auto, options);
        var expected = reader.ReadEvents().ToList();
        var writer = new RecordingWriter();

        var outcome = await FilteredGdeltIngest.RunAsync(path, options, writer, null, CancellationToken.None);

        Assert.NotNull(outcome);
        Assert.Equal(expected.Select(EventStoreContract.Comparable), writer.Events.Select(EventStoreContract.Comparable));
        Assert.Equal((reader.Report.RowsRead, reader.Report.RowsKept, reader.Report.FormatDetail),
            (outcome.Report.RowsRead, outcome.Report.RowsKept, outcome.Report.FormatDetail));
        Assert.Equal(reader.Volumes.Entries(), outcome.Volumes.Entries());
    }

    [Theory]
    [InlineData(1, ActorMatch.Between)]
    [InlineData(3, ActorMatch.Between)]
    [InlineData(2, ActorMatch.Touching)]
    public async Task RunZipAsync_ZipOfSeveralChunks_GivesWhatTheRowReaderGives(int threads, ActorMatch match)
    {
        var path = Zip(SeveralChunks());
        var options = UsaChina with { ActorMatch = match };
        using var reader = EventFile.Open(path, EventFormat.Auto, options);
        var expected = reader.ReadEvents().ToList();
        var writer = new RecordingWriter();

        var outcome = await FilteredGdeltIngest.RunZipAsync(path, options, writer, null, CancellationToken.None, threads);

        AssertSameAsRowReader(reader, expected, writer, outcome, path);
    }

    [Fact]
    public async Task RunZipAsync_LastRowWithoutNewline_GivesWhatTheRowReaderGives()
    {
        var plain = SeveralChunks();
        File.WriteAllText(plain, File.ReadAllText(plain).TrimEnd('\n'));
        var path = Zip(plain);
        var expected = Fixtures.ReadAll(path, UsaChina).Events;
        var writer = new RecordingWriter();

        var outcome = await FilteredGdeltIngest.RunZipAsync(path, UsaChina, writer, null, CancellationToken.None);

        Assert.NotNull(outcome);
        Assert.Equal(expected.Select(EventStoreContract.Comparable), writer.Events.Select(EventStoreContract.Comparable));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunZipAsync_CarriageReturns_DeclinesSoTheRowReaderReadsIt(bool large)
    {
        var crlf = large ? SeveralChunks() : _temp.Path("small.export.CSV");
        if (!large)
            File.Copy(Fixtures.Gdelt2Second, crlf);
        File.WriteAllText(crlf, File.ReadAllText(crlf).Replace("\n", "\r\n"));

        Assert.Null(await FilteredGdeltIngest.RunZipAsync(Zip(crlf), UsaChina, new RecordingWriter(), null, CancellationToken.None));
    }

    [Theory]
    [InlineData(ActorMatch.Between)]
    [InlineData(ActorMatch.Touching)]
    public async Task RunZipAsync_MemberOfOneChunk_GivesWhatTheRowReaderGives(ActorMatch match)
    {
        // A 15-minute GDELT 2.0 export, as GDELT ships it: filtered on the calling thread.
        var small = _temp.Path("20180508001500.export.CSV");
        File.Copy(Fixtures.Gdelt2Second, small);
        var path = Zip(small);
        var options = UsaChina with { ActorMatch = match };
        using var reader = EventFile.Open(path, EventFormat.Auto, options);
        var expected = reader.ReadEvents().ToList();
        var writer = new RecordingWriter();

        var outcome = await FilteredGdeltIngest.RunZipAsync(path, options, writer, null, CancellationToken.None);

        Assert.True(new FileInfo(small).Length < ContentHash.BlockBytes);
        AssertSameAsRowReader(reader, expected, writer, outcome, path);
    }

    [Fact]
    public async Task IngestFileAsync_BadRowLateInZip_FailsWithTheRowReadersErrorAndStoresNothing()
    {
        var plain = SeveralChunks();
        File.AppendAllText(plain, "123\t20180508\tnot enough columns\n");
        var path = Zip(plain);
        var expected = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path, UsaChina));
        using var store = SqliteEventStore.Open(_temp.Path("bad-zip.db"));

        var error = await Assert.ThrowsAsync<BadDataException>(() =>
            new EventIngester(store, TimeProvider.System).IngestFileAsync(path, new IngestOptions { Reader = UsaChina }));

        Assert.Equal(expected.Message, error.Message);
        Assert.Equal(expected.Line, error.Line);
        Assert.Equal(0, store.CountEvents());
        Assert.Empty(store.Files());
    }

    [Fact]
    public async Task IngestFileAsync_ZipCorruptMidMember_FailsWithTheRowReadersErrorAndStoresNothing()
    {
        var path = Zip(SeveralChunks());
        var bytes = File.ReadAllBytes(path);
        // Deflate data sits between the local header and the central directory; garble a stretch in the middle.
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 4096; i++)
            bytes[i] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
        var expected = Assert.ThrowsAny<PendulumException>(() => Fixtures.ReadAll(path, UsaChina));
        using var store = SqliteEventStore.Open(_temp.Path("corrupt-zip.db"));

        var error = await Assert.ThrowsAnyAsync<PendulumException>(() =>
            new EventIngester(store, TimeProvider.System).IngestFileAsync(path, new IngestOptions { Reader = UsaChina }));

        Assert.Equal(expected.GetType(), error.GetType());
        Assert.Equal(expected.Message, error.Message);
        Assert.Equal(0, store.CountEvents());
    }

    [Fact]
    public async Task IngestFileAsync_Zip_StoresWhatThePlainFileStores()
    {
        var plain = SeveralChunks();
        using var fromPlain = SqliteEventStore.Open(_temp.Path("plain.db"));
        using var fromZip = SqliteEventStore.Open(_temp.Path("zip.db"));
        await new EventIngester(fromPlain, TimeProvider.System).IngestFileAsync(plain, new IngestOptions { Reader = UsaChina });

        var result = await new EventIngester(fromZip, TimeProvider.System).IngestFileAsync(Zip(plain), new IngestOptions { Reader = UsaChina });

        Assert.True(result.File.RowsKept > 0);
        Assert.Equal(fromPlain.Events(new EventQuery("USA", "CHN")).Select(EventStoreContract.Comparable),
            fromZip.Events(new EventQuery("USA", "CHN")).Select(EventStoreContract.Comparable));
        Assert.Equal(fromPlain.DailyVolume("USA"), fromZip.DailyVolume("USA"));
        Assert.Equal(fromPlain.DailyVolume("CHN"), fromZip.DailyVolume("CHN"));
    }

    [Fact]
    public async Task RunAsync_CarriageReturns_DeclinesSoTheRowReaderReadsIt()
    {
        var path = _temp.Path("crlf.CSV");
        File.WriteAllText(path, File.ReadAllText(Fixtures.Gdelt2First).Replace("\n", "\r\n"));

        var outcome = await FilteredGdeltIngest.RunAsync(path, UsaChina, new RecordingWriter(), null, CancellationToken.None);

        Assert.Null(outcome);
    }

    [Fact]
    public async Task IngestFileAsync_BadRowLateInFilteredFile_FailsWithTheRowReadersErrorAndStoresNothing()
    {
        var path = SeveralChunks();
        File.AppendAllText(path, "123\t20180508\tnot enough columns\n");
        var expected = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path, UsaChina));
        using var store = SqliteEventStore.Open(_temp.Path("bad.db"));

        var error = await Assert.ThrowsAsync<BadDataException>(() =>
            new EventIngester(store, TimeProvider.System).IngestFileAsync(path, new IngestOptions { Reader = UsaChina }));

        Assert.Equal(expected.Message, error.Message);
        Assert.Equal(0, store.CountEvents());
        Assert.Empty(store.Files());
    }

    [Fact]
    public async Task IngestFileAsync_BadDateInRowTouchingOneListedCountry_FailsAtThatRowsSqlDate()
    {
        // A row between USA and another country is not kept under USA,CHN, but its day counts in the USA's volume.
        var lines = File.ReadAllLines(Fixtures.Gdelt2Second);
        var at = Array.FindIndex(lines, l => l.Split('\t') is var f && f[7] == "USA" && f[17] is not ("CHN" or "USA" or ""));
        var fields = lines[at].Split('\t');
        fields[1] = "2018X508";
        lines[at] = string.Join('\t', fields);
        var path = _temp.Path("bad-date.export.CSV");
        File.WriteAllLines(path, lines);
        using var store = SqliteEventStore.Open(_temp.Path("bad-date.db"));

        var error = await Assert.ThrowsAsync<BadDataException>(() =>
            new EventIngester(store, TimeProvider.System).IngestFileAsync(path, new IngestOptions { Reader = UsaChina }));

        Assert.Equal(at + 1, error.Line);
        Assert.Equal("SQLDATE", error.Field);
        Assert.Equal(0, store.CountEvents());
    }

    [Fact]
    public async Task RunAsync_NonAsciiNamesInKeptAndLeftOutRows_GivesWhatTheRowReaderGives()
    {
        var lines = File.ReadAllLines(Fixtures.Gdelt2Second);
        var kept = Array.FindIndex(lines, l => l.Split('\t') is var f && f[7] == "USA" && f[17] == "CHN");
        var outside = Array.FindIndex(lines, l => l.Split('\t') is var f && f[7] is not ("USA" or "CHN") && f[17] is not ("USA" or "CHN"));
        lines[kept] = WithField(lines[kept], 6, "ÉTATS-UNIS 美国");
        lines[outside] = WithField(lines[outside], 6, "ZÜRICH");
        var path = _temp.Path("non-ascii.export.CSV");
        File.WriteAllLines(path, lines);
        using var reader = EventFile.Open(path, EventFormat.Auto, UsaChina);
        var expected = reader.ReadEvents().ToList();
        var writer = new RecordingWriter();

        var outcome = await FilteredGdeltIngest.RunAsync(path, UsaChina, writer, null, CancellationToken.None);

        Assert.NotNull(outcome);
        Assert.Contains(writer.Events, e => e.Source.Name == "ÉTATS-UNIS 美国");
        Assert.Equal(expected.Select(EventStoreContract.Comparable), writer.Events.Select(EventStoreContract.Comparable));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(-3)] // in the row's last 64 bytes, the URL's end
    public async Task IngestFileAsync_InvalidUtf8InRowOutsideTheFilter_FailsWithTheRowReadersErrorAndStoresNothing(int at)
    {
        var lines = File.ReadAllBytes(Fixtures.Gdelt2Second);
        var text = Encoding.UTF8.GetString(lines).Split('\n');
        var outside = Array.FindIndex(text, l => l.Split('\t') is var f && f.Length > 17 && f[7] is not ("USA" or "CHN") && f[17] is not ("USA" or "CHN"));
        var path = _temp.Path("bad-utf8.export.CSV");
        using (var output = File.Create(path))
        {
            for (var i = 0; i < text.Length - 1; i++)
            {
                var row = Encoding.UTF8.GetBytes(text[i]);
                if (i == outside)
                {
                    var cut = at >= 0 ? at : row.Length + at;
                    row = [.. row[..cut], 0xC3, 0x28, .. row[cut..]]; // a lead byte followed by ASCII: not UTF-8
                }

                output.Write(row);
                output.WriteByte((byte)'\n');
            }
        }

        var expected = Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path, UsaChina));
        using var store = SqliteEventStore.Open(_temp.Path("bad-utf8.db"));

        var error = await Assert.ThrowsAsync<BadDataException>(() =>
            new EventIngester(store, TimeProvider.System).IngestFileAsync(path, new IngestOptions { Reader = UsaChina }));

        Assert.Equal(outside + 1, error.Line);
        Assert.Equal(expected.Message, error.Message);
        Assert.Equal(0, store.CountEvents());
    }

    [Fact]
    public async Task IngestFileAsync_CarriageReturns_StoresWhatTheRowReaderKeeps()
    {
        var path = _temp.Path("crlf.CSV");
        File.WriteAllText(path, File.ReadAllText(Fixtures.Gdelt2Second).Replace("\n", "\r\n"));
        var expected = Fixtures.ReadAll(path, UsaChina).Events;
        using var store = SqliteEventStore.Open(_temp.Path("crlf.db"));

        var result = await new EventIngester(store, TimeProvider.System).IngestFileAsync(path, new IngestOptions { Reader = UsaChina });

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, result.File.RowsKept);
        Assert.Equal(expected.Select(EventStoreContract.Comparable).Order(StringComparer.Ordinal),
            store.Events(new EventQuery("USA", "CHN")).Select(EventStoreContract.Comparable).Order(StringComparer.Ordinal));
        Assert.Equal(ContentHash.Of(path), result.File.ContentHash);
    }

    private static void AssertSameAsRowReader(EventReader reader, List<CodedEvent> expected, RecordingWriter writer,
        FilteredIngestOutcome? outcome, string path)
    {
        Assert.NotNull(outcome);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(EventStoreContract.Comparable), writer.Events.Select(EventStoreContract.Comparable));
        Assert.Equal((reader.Report.File, reader.Report.RowsRead, reader.Report.RowsKept, reader.Report.RowsFilteredOut, reader.Report.FormatDetail),
            (outcome.Report.File, outcome.Report.RowsRead, outcome.Report.RowsKept, outcome.Report.RowsFilteredOut, outcome.Report.FormatDetail));
        Assert.Equal(reader.Volumes.Entries(), outcome.Volumes.Entries());
        Assert.Equal(ContentHash.Of(path), outcome.ContentHash);
    }

    // A one-member zip of the file, as GDELT ships them, beside it.
    private static string Zip(string file)
    {
        var path = file + ".zip";
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        zip.CreateEntryFromFile(file, Path.GetFileName(file));
        return path;
    }

    private static string WithField(string line, int index, string value)
    {
        var fields = line.Split('\t');
        fields[index] = value;
        return string.Join('\t', fields);
    }

    // Fixture files one after another, past two chunks: the same events recur, as in overlapping GDELT downloads.
    private string SeveralChunks()
    {
        var path = _temp.Path($"several-{Guid.NewGuid():N}.export.CSV");
        using var output = File.Create(path);
        while (output.Length <= 2 * ContentHash.BlockBytes + 100_000)
        {
            foreach (var part in new[] { Fixtures.Gdelt2Second, Fixtures.Gdelt2First })
            {
                using var input = File.OpenRead(part);
                input.CopyTo(output);
            }
        }

        return path;
    }

    public void Dispose() => _temp.Dispose();

    private sealed class RecordingWriter : IEventWriter
    {
        public List<CodedEvent> Events { get; } = [];

        public int Add(IReadOnlyList<CodedEvent> events)
        {
            Events.AddRange(events);
            return events.Count;
        }

        public IngestedFile Commit(IngestedFile file, IReadOnlyCollection<CountryDayVolume> volumes) => file;

        public void Dispose()
        {
        }
    }
}
