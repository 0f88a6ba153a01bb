using System.Text;
using Pendulum.Events.Readers;

namespace Pendulum.Tests.Events.Readers;

public sealed class EventFileTests
{
    [Theory]
    [InlineData("gdelt/20180508001500.export.CSV", EventFormat.Gdelt)]
    [InlineData("gdelt/20141124.export.CSV", EventFormat.Gdelt)]
    [InlineData("gdelt/reexport-2018-05-08.csv", EventFormat.GdeltCsv)]
    [InlineData("gdelt/reexport-chn-2018-01-05.csv", EventFormat.GdeltCsv)]
    [InlineData("icews/events.2018.sample.tab", EventFormat.Icews)]
    public void Detect_RealFile_PicksItsReaderFromContent(string fixture, EventFormat expected)
    {
        var bytes = File.ReadAllBytes(Fixtures.Path(fixture));
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));

        Assert.Equal(expected, EventFile.Detect(sample, fixture));
    }

    [Fact]
    public void Detect_GdeltFileNamedLikeIcews_StillReadsAsGdelt()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("misnamed.tab", File.ReadAllBytes(Fixtures.Gdelt2First));

        var (events, report) = Fixtures.ReadAll(path);

        Assert.Equal(EventFormat.Gdelt, report.Format);
        Assert.Equal(487, events.Count);
    }

    [Fact]
    public void Detect_UnknownContent_AsksForFormat()
    {
        var error = Assert.Throws<BadDataException>(() => EventFile.Detect(Encoding.UTF8.GetBytes("hello,world\n"), "x.txt"));

        Assert.Contains("--format", error.Reason, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Open_MissingFile_IsAnInputOutputError()
    {
        var error = Assert.Throws<InputOutputException>(() => EventFile.Open("/no/such/file.CSV", EventFormat.Auto, new EventReaderOptions()));

        Assert.Equal(ExitCodes.IoError, error.ExitCode);
    }

    [Fact]
    public void Open_CorruptZipMember_IsBadData()
    {
        using var temp = new TempFolder();
        var good = temp.Zip("x.zip", ("x.CSV", File.ReadAllText(Fixtures.Gdelt2Second)));
        var bytes = File.ReadAllBytes(good);
        for (var i = 200; i < 400; i++)
            bytes[i] ^= 0x5A;
        var path = temp.WriteBytes("corrupt.zip", bytes);

        Assert.Throws<BadDataException>(() => Fixtures.ReadAll(path, format: EventFormat.Gdelt));
    }
}
