using Pendulum.Channels;
using Pendulum.Events;
using Pendulum.Observe.Channels;
using static Pendulum.Tests.Observe.PairEvents;

namespace Pendulum.Tests.Observe.Channels;

public sealed class ChannelTrackerTests
{
    private static CodedEvent MilitaryVisit(int day) => Make(Day(day), "042", "MIL", "MIL");

    private static ChannelTimeline Single(IEnumerable<CodedEvent> events, int to, DeclaredChannels? declared = null,
        ChannelTrackerOptions? options = null) =>
        Assert.Single(ChannelTracker.Track(events, Day(0), Day(to), declared, options: options));

    private static (DateOnly, ChannelStatus)[] Steps(ChannelTimeline t) => [.. t.Changes.Select(c => (c.Date, c.Status))];

    [Fact]
    public void Track_WeeklyExchangeThenSilence_GoesDormantAfterThirtyDaysAndResumes()
    {
        // Given activity every 7 days (usual interval 7, so 3 intervals = 21 < the 30-day minimum), then 60 silent days
        var events = Enumerable.Range(0, 6).Select(i => MilitaryVisit(7 * i)).Append(MilitaryVisit(95)).ToList();

        var t = Single(events, 120);

        Assert.Equal(("military-exchange", ChannelKind.MilitaryExchange, false), (t.Name, t.Kind, t.Declared));
        Assert.Equal([(Day(0), ChannelStatus.Active), (Day(35 + 31), ChannelStatus.Dormant), (Day(95), ChannelStatus.Resumed)], Steps(t));
        Assert.Equal(events[^1], Assert.Single(t.Changes[2].Events));
        Assert.Equal((7, 7), (t.ActivityEvents, t.ActiveDays));
        Assert.Equal(7, t.UsualIntervalDays);
    }

    [Fact]
    public void Track_SlowChannel_UsesThreeUsualIntervals()
    {
        var events = new[] { 0, 100, 200, 300 }.Select(MilitaryVisit).ToList();

        var t = Single(events, 700);

        Assert.Equal([(Day(0), ChannelStatus.Active), (Day(300 + 301), ChannelStatus.Dormant)], Steps(t));
        Assert.Contains("more than 300 days (usual interval 100 days)", t.Changes[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Track_SingleEventAndLongSilence_GoesDormantAfterTheNoHistoryGap()
    {
        var t = Single([MilitaryVisit(0)], 400);

        Assert.Equal([(Day(0), ChannelStatus.Active), (Day(181), ChannelStatus.Dormant)], Steps(t));
    }

    [Fact]
    public void Track_ReduceRelationsWithMilitary_SuspendsUntilNextExchange()
    {
        var cut = Make(Day(10), "160", "GOV", "MIL", goldstein: -4, fromChina: true);
        var events = new[] { MilitaryVisit(0), MilitaryVisit(5), cut, MilitaryVisit(12), MilitaryVisit(40) };

        var t = Single(events, 45);

        Assert.Equal([(Day(0), ChannelStatus.Active), (Day(10), ChannelStatus.Suspended), (Day(12), ChannelStatus.Resumed)], Steps(t));
        Assert.Equal(cut, Assert.Single(t.Changes[1].Events));
        Assert.Contains("160", t.Changes[1].Reason, StringComparison.Ordinal);
        Assert.Equal(ChannelStatus.Suspended, t.StatusOn(Day(11)));
        Assert.Equal(ChannelStatus.Resumed, t.StatusOn(Day(44)));
        Assert.Null(t.StatusOn(Day(-1)));
    }

    [Fact]
    public void Track_ExchangeAndSuspensionSameDay_EndsSuspended()
    {
        var t = Single([MilitaryVisit(0), MilitaryVisit(3), Make(Day(3), "1622")], 10);

        Assert.Equal([(Day(0), ChannelStatus.Active), (Day(3), ChannelStatus.Suspended)], Steps(t));
    }

    [Fact]
    public void Track_DeclaredSuspension_HoldsAgainstEventsAndEndsOnItsDate()
    {
        var declared = new DeclaredChannels(null,
        [
            new DeclaredChannel("dct", "Defense Consultative Talks", ChannelKind.MilitaryExchange, Day(-100), null,
                [new DeclaredSuspension(Day(20), Day(50), "arms sale", null)]),
        ]);
        var events = new[] { MilitaryVisit(5), MilitaryVisit(30), MilitaryVisit(60) };

        var t = Single(events, 70, declared);

        Assert.Equal(("dct", true), (t.Name, t.Declared));
        Assert.Equal(
            [(Day(0), ChannelStatus.Active), (Day(20), ChannelStatus.Suspended), (Day(50), ChannelStatus.Resumed)],
            Steps(t));
        Assert.Contains("declared open since 2009-09-23", t.Changes[0].Reason, StringComparison.Ordinal);
        Assert.Contains("arms sale", t.Changes[1].Reason, StringComparison.Ordinal);
        Assert.Equal((3, 3), (t.ActivityEvents, t.ActiveDays));
        var suspension = Assert.Single(t.SuspensionsDuring(Day(25), Day(26)));
        Assert.Equal((Day(20), (DateOnly?)Day(50)), (suspension.Start.Date, suspension.Until));
        Assert.Empty(t.SuspensionsDuring(Day(50), Day(70)));
    }

    [Fact]
    public void Track_DeclaredChannelOfAKind_TakesTheRuleEventsWhileOpen()
    {
        var declared = new DeclaredChannels(null,
            [new DeclaredChannel("talks", "Talks", ChannelKind.MilitaryExchange, Day(10), Day(20), [])]);

        var timelines = ChannelTracker.Track([MilitaryVisit(5), MilitaryVisit(15), MilitaryVisit(25)], Day(0), Day(30), declared);

        Assert.Equal(["talks", "military-exchange"], timelines.Select(t => t.Name));
        Assert.Equal(
            [(Day(10), ChannelStatus.Active), (Day(20), ChannelStatus.Closed)],
            Steps(timelines[0]));
        Assert.Equal(1, timelines[0].ActivityEvents);
        Assert.Equal(2, timelines[1].ActivityEvents);
    }

    [Fact]
    public void Track_HandCodedChannel_WinsOverTheRules()
    {
        var declared = new DeclaredChannels(null, [new DeclaredChannel("dtl", "Defense Telephone Link", ChannelKind.Hotline, null, null, [])]);
        var events = new[]
        {
            Make(Day(1), "042", "MIL", "MIL", channel: "leader-summit"),
            Make(Day(2), "041", channel: "hotline", tags: ["dtl"]),
            Make(Day(3), "010", channel: "Track II"),
        };

        var timelines = ChannelTracker.Track(events, Day(0), Day(5), declared);

        Assert.Equal(
            [("leader-summit", ChannelKind.LeaderSummit), ("dtl", ChannelKind.Hotline), ("Track II", ChannelKind.Other)],
            timelines.Select(t => (t.Name, t.Kind)));
        Assert.All(timelines, t => Assert.Equal(1, t.ActivityEvents));
    }

    [Fact]
    public void Track_EventsOutsideRange_AreIgnored()
    {
        var t = Single([MilitaryVisit(-5), MilitaryVisit(3), MilitaryVisit(50)], 10);

        Assert.Equal([(Day(3), ChannelStatus.Active)], Steps(t));
    }

    [Fact]
    public void Track_EventsPerChange_KeepsTheMostMentionedFirst()
    {
        var events = Enumerable.Range(1, 5).Select(m => Make(Day(0), "042", "MIL", "MIL", mentions: m)).ToList();

        var t = Single(events, 1, options: new ChannelTrackerOptions { EventsPerChange = 2 });

        Assert.Equal(5, t.Changes[0].EventCount);
        Assert.Equal([5, 4], t.Changes[0].Events.Select(e => e.Mentions));
    }
}
