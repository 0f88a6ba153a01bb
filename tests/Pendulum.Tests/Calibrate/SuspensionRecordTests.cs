using Pendulum.Calibrate;

namespace Pendulum.Tests.Calibrate;

public sealed class SuspensionRecordTests
{
    [Fact]
    public void Load_ReducedPrecisionDates_ReadAsTheMiddleOfTheirPeriod()
    {
        using var temp = new TempFolder();
        var path = temp.Write("channels.yaml", """
            pair: [USA, CHN]
            channels:
              - id: x
                kind: military-exchange
                opened: 1997
                suspensions:
                  - {from: 2001-04, to: 2002-12-09}
                  - {from: 2014-05-19}
            """);

        var record = SuspensionRecord.Load(path);

        var channel = Assert.Single(record.Channels);
        Assert.Equal(new DateOnly(1997, 7, 2), channel.Opened);
        Assert.Equal(new DateOnly(2001, 4, 15), channel.Suspensions[0].From);
        Assert.Null(channel.Suspensions[1].Days);
        Assert.True(record.IsFor("CHN", "USA"));
        Assert.False(record.IsFor("USA", "JPN"));
    }

    [Fact]
    public void Load_BadDate_NamesFileLineAndField()
    {
        using var temp = new TempFolder();
        var path = temp.Write("channels.yaml", "channels:\n  - id: x\n    kind: hotline\n    opened: spring 1998\n");

        var error = Assert.Throws<BadDataException>(() => SuspensionRecord.Load(path));

        Assert.Equal(4, error.Line);
        Assert.Equal("opened", error.Field);
    }

    [Fact]
    public void Load_MissingFile_IsAnInputOutputError() =>
        Assert.Throws<InputOutputException>(() => SuspensionRecord.Load(Path.Combine(Path.GetTempPath(), "pendulum-no-such-file.yaml")));
}
