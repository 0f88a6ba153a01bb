using Pendulum.Calibrate;
using Pendulum.Observe.Channels;
using Pendulum.Tests.Data;

namespace Pendulum.Tests.Calibrate;

public sealed class SuspensionRecordTests
{
    [Fact]
    public void Load_ReducedPrecisionDates_StandForTheirWholeMonthOrYear()
    {
        using var temp = new TempFolder();
        var path = temp.Write("channels.yaml", """
            pair: [USA, CHN]
            coverage: {from: 1979, to: 2025-11}
            channels:
              - id: x
                kind: military-exchange
                opened: 1997
                suspensions:
                  - {from: 2001-04, to: 2002-12}
                  - {from: 2014-05-19}
            """);

        var record = SuspensionRecord.Load(path);

        // One rule with the observer's reader (docs/channels.md): a start is the period's first day, an end its last.
        var channel = Assert.Single(record.Channels);
        Assert.Equal(new DateOnly(1997, 1, 1), channel.Opened);
        Assert.Equal(new DateOnly(2001, 4, 1), channel.Suspensions[0].From);
        Assert.Equal(new DateOnly(2002, 12, 31), channel.Suspensions[0].To);
        Assert.Equal(new DateOnly(2002, 12, 31).DayNumber - new DateOnly(2001, 4, 1).DayNumber, channel.Suspensions[0].Days);
        Assert.Null(channel.Suspensions[1].Days);
        Assert.Equal((new DateOnly(1979, 1, 1), new DateOnly(2025, 11, 30)), (record.From!.Value, record.To!.Value));
        Assert.True(record.IsFor("CHN", "USA"));
        Assert.False(record.IsFor("USA", "JPN"));
    }

    [Fact]
    public void Load_ShippedChannels_AreTheDeclaredChannelsReadersDates()
    {
        var declared = DeclaredChannelsFile.Load(UsChinaDataset.ChannelsPath);

        var record = SuspensionRecord.Load(UsChinaDataset.ChannelsPath);

        Assert.Equal(declared.Channels.Select(c => (c.Id, c.Opened, c.Closed)), record.Channels.Select(c => (c.Id, c.Opened, c.Closed)));
        Assert.Equal(declared.Channels.SelectMany(c => c.Suspensions.Select(s => (s.From, s.To))),
            record.Channels.SelectMany(c => c.Suspensions.Select(s => (s.From, s.To))));
        Assert.Equal(declared.Pair, record.Pair);
    }

    [Fact]
    public void Load_AliasKind_KeepsTheKindAsWritten()
    {
        using var temp = new TempFolder();
        var path = temp.Write("channels.yaml", "channels:\n  - id: dct\n    kind: defense-talks\n  - id: mil\n    kind: military-exchange\n");

        var record = SuspensionRecord.Load(path);

        // The calibrator's military channel is the kind military-exchange as written; defence talks are not it.
        Assert.Equal(["defense-talks", "military-exchange"], record.Channels.Select(c => c.Kind));
    }

    [Theory]
    [InlineData("channels:\n  - id: x\n    kind: hotline\n    opened: spring 1998\n", 4, "opened")]
    [InlineData("channels:\n  - id: x\n    kind: hotline\n    openned: 1998\n", 4, "openned")]
    [InlineData("coverage: {from: 2000, to: 1999}\nchannels: []\n", 1, "to")]
    public void Load_BadField_NamesFileLineAndField(string yaml, int line, string field)
    {
        using var temp = new TempFolder();
        var path = temp.Write("channels.yaml", yaml);

        var error = Assert.Throws<BadDataException>(() => SuspensionRecord.Load(path));

        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Load_MissingFile_IsAnInputOutputError() =>
        Assert.Throws<InputOutputException>(() => SuspensionRecord.Load(Path.Combine(Path.GetTempPath(), "pendulum-no-such-file.yaml")));
}
