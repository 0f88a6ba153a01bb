using Pendulum.Observe.Crises;
using static Pendulum.Tests.Observe.PairEvents;

namespace Pendulum.Tests.Observe.Crises;

public sealed class MaterialConflictTests
{
    [Fact]
    public void Intensity_MixedDay_IsMentionWeightedSeverityTimesSaturation()
    {
        var events = new[]
        {
            Make(Day(0), "190", goldstein: -10, mentions: 3),
            Make(Day(0), "172", goldstein: -5, mentions: 1, fromChina: true),
            Make(Day(0), "042", goldstein: 1.9, mentions: 50), // cooperation: not counted
            Make(Day(0), "111", goldstein: -2, mentions: 50), // verbal conflict: not counted
        };

        var intensity = MaterialConflict.Intensity(events, saturationEvents: 5);

        // g = (3 * 10 + 1 * 5) / 4 = 8.75; two events against a scale of 5.
        Assert.Equal(0.875 * (1 - Math.Exp(-2.0 / 5)), intensity, 12);
        Assert.Equal(2, MaterialConflict.Count(events));
    }

    [Fact]
    public void Intensity_NoMaterialConflict_IsZero() =>
        Assert.Equal(0, MaterialConflict.Intensity([Make(Day(0), "042")], 5));

    [Fact]
    public void Days_RangeWithGaps_GivesEveryDayAndFollowsTheUsualVolume()
    {
        // Ten conflict events a day for 30 days, then one day of ten: the scale has risen from the floor (5) to 10.
        var events = Enumerable.Range(0, 31).SelectMany(d => Enumerable.Range(0, 10).Select(_ => Make(Day(d), "190", goldstein: -10))).ToList();
        var options = new CrisisDetectorOptions { BaselineWindowDays = 30, MinimumBaselineDays = 30 };

        var days = MaterialConflict.Days(events, d => 0.5, Day(0), Day(32), options);

        Assert.Equal(33, days.Count);
        Assert.Equal(Day(0), days[0].Date);
        Assert.Equal(1 - Math.Exp(-10.0 / 5), days[0].MaterialConflictIntensity, 12);
        Assert.Equal(1 - Math.Exp(-10.0 / 10), days[30].MaterialConflictIntensity, 12);
        Assert.Equal((0.0, 0), (days[32].MaterialConflictIntensity, days[32].Events.Count));
        Assert.All(days, d => Assert.Equal(0.5, d.Mu));
    }

    [Fact]
    public void Days_BusyDay_KeepsOnlyTheStrongestEventsButCountsThemAll()
    {
        var events = Enumerable.Range(0, 50).Select(i => Make(Day(0), "172", goldstein: -5)).Append(Make(Day(0), "190", goldstein: -10)).ToList();

        var day = Assert.Single(MaterialConflict.Days(events, d => 0.5, Day(0), Day(0), new CrisisDetectorOptions { TriggerEvents = 3 }));

        Assert.Equal(3, day.Events.Count);
        Assert.Equal(events[^1], day.Events[0]);
        Assert.Equal(MaterialConflict.Intensity(events, 5), day.MaterialConflictIntensity, 12);
    }

    [Fact]
    public void PairBelief_TwoDirections_IsTheLowerOne() => Assert.Equal(0.3, CrisisInputDay.PairBelief(0.7, 0.3));
}
