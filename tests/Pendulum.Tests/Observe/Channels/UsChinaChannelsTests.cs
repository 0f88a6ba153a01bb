using Pendulum.Channels;
using Pendulum.Observe.Channels;
using Pendulum.Tests.Data;

namespace Pendulum.Tests.Observe.Channels;

/// <summary>The channel tracker on the shipped US-China reference data (data/us-china, docs/us-china.md).</summary>
public sealed class UsChinaChannelsTests
{
    private static readonly Lazy<(DeclaredChannels Declared, IReadOnlyList<ChannelTimeline> Timelines)> Tracked = new(() =>
    {
        var declared = DeclaredChannelsFile.Load(UsChinaDataset.ChannelsPath);
        return (declared, ChannelTracker.Track(UsChinaDataset.Events, new DateOnly(1979, 1, 1), new DateOnly(2025, 11, 30), declared));
    });

    private static ChannelTimeline Channel(string name) => Tracked.Value.Timelines.Single(t => t.Name == name);

    [Fact]
    public void Load_ReferenceFile_ReadsEveryChannelWithItsKind()
    {
        var declared = Tracked.Value.Declared;

        Assert.Equal(["USA", "CHN"], declared.Pair);
        Assert.Equal(19, declared.Channels.Count);
        Assert.Equal(ChannelKind.MilitaryExchange, declared.Channels.Single(c => c.Id == "dct").Kind); // defense-talks
        Assert.Equal(ChannelKind.StrategicDialogue, declared.Channels.Single(c => c.Id == "sed").Kind); // economic-dialogue
        Assert.Equal(new DateOnly(1993, 11, 30), declared.Channels.Single(c => c.Id == "military-exchanges").Suspensions[0].To);
    }

    [Fact]
    public void Track_ReferenceData_FollowsTheDeclaredSuspensionsOfMilitaryExchanges()
    {
        var t = Channel("military-exchanges");

        Assert.Contains(t.Changes, c => (c.Date, c.Status) == (new DateOnly(2010, 1, 30), ChannelStatus.Suspended));
        Assert.Contains(t.Changes, c => (c.Date, c.Status) == (new DateOnly(2010, 10, 11), ChannelStatus.Resumed));
        Assert.Equal(ChannelStatus.Suspended, t.StatusOn(new DateOnly(2010, 6, 1)));
        Assert.True(t.ActivityEvents > 0);
    }

    [Fact]
    public void Track_ReferenceData_EndsWithTheCyberGroupSuspendedAndTheSAndEdClosed()
    {
        Assert.Equal((new DateOnly(2014, 5, 19), ChannelStatus.Suspended), (Channel("cyber-working-group").Changes[^1].Date, Channel("cyber-working-group").Changes[^1].Status));
        Assert.Equal((new DateOnly(2016, 6, 7), ChannelStatus.Closed), (Channel("s-and-ed").Changes[^1].Date, Channel("s-and-ed").Changes[^1].Status));
        Assert.All(Tracked.Value.Declared.Channels, c => Assert.NotEmpty(Channel(c.Id).Changes));
    }
}
