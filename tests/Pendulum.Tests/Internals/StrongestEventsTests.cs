using Pendulum.Internals;
using static Pendulum.Tests.Observe.PairEvents;

namespace Pendulum.Tests.Internals;

public sealed class StrongestEventsTests
{
    [Fact]
    public void Add_ManyEvents_CountsAllAndKeepsTheFirstInOrder()
    {
        var events = new[] { -2.0, -10, 3, -10, -7, 0 }.Select((g, i) => Make(Day(0), "190", goldstein: g, mentions: i + 1)).ToList();
        var strongest = new StrongestEvents(3, StrongestEvents.MostConflictual);

        foreach (var e in events)
            strongest.Add(e);

        Assert.Equal(6, strongest.Count);
        Assert.Equal([events[3], events[1], events[4]], strongest.Kept); // -10 (4 mentions), -10 (2 mentions), -7
    }

    [Fact]
    public void Add_ZeroCapacity_OnlyCounts()
    {
        var strongest = new StrongestEvents(0, StrongestEvents.MostMentioned);

        strongest.Add(Make(Day(0), "042"));

        Assert.Equal((1, 0), (strongest.Count, strongest.Kept.Count));
    }
}
