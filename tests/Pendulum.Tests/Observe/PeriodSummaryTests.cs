using Pendulum.Belief;
using Pendulum.Events;
using Pendulum.Observe;

namespace Pendulum.Tests.Observe;

/// <summary>Periods summarised as analysts read them (docs/observer.md, "Period summaries").</summary>
public sealed class PeriodSummaryTests
{
    private static readonly ObserverParameters Record = ObserverParameters.ActRecords;

    private static CodedEvent Event(string id, DateOnly date, string source, string target, QuadClass quad, double goldstein) => new()
    {
        Dataset = "pendulum",
        EventId = id,
        Date = date,
        Source = new EventActor(source),
        Target = new EventActor(target),
        CameoCode = quad == QuadClass.MaterialConflict ? "190" : "042",
        QuadClass = quad,
        Goldstein = goldstein,
        Mentions = 1,
    };

    private static PairAccumulator May1999()
    {
        var acc = new PairAccumulator("USA", "CHN", 5);
        acc.Add(Event("1", new DateOnly(1999, 1, 10), "USA", "CHN", QuadClass.MaterialCooperation, 7));
        acc.Add(Event("2", new DateOnly(1999, 5, 7), "USA", "CHN", QuadClass.MaterialConflict, -10));
        acc.Add(Event("3", new DateOnly(1999, 5, 20), "CHN", "USA", QuadClass.VerbalCooperation, 3));
        acc.Add(Event("4", new DateOnly(1999, 11, 15), "USA", "CHN", QuadClass.MaterialCooperation, 7));
        return acc;
    }

    [Fact]
    public void Summary_YearPeriod_IsTheDailyReadingsMeanLowAndEnd()
    {
        // Given the same events measured by day and by year
        var acc = May1999();
        var days = acc.Measure(Frequency.Day, Record, new DateOnly(1999, 1, 1), new DateOnly(1999, 12, 31)).Periods;

        // When the year is summarised
        var year = Assert.Single(acc.Measure(Frequency.Year, Record, new DateOnly(1999, 1, 1), new DateOnly(1999, 12, 31)).Periods);
        var s = year.Summary!;

        // Then its mean, low (with its day), high, end and lowest belief are those of its days
        Assert.Equal(days.Average(d => d.Position), s.PositionMean, 12);
        var low = days.MinBy(d => d.Position)!;
        Assert.Equal((low.Position, low.Period), (s.PositionMin, s.PositionMinDate));
        Assert.Equal(new DateOnly(1999, 5, 7), s.PositionMinDate);
        Assert.Equal(days.Max(d => d.Position), s.PositionMax, 12);
        Assert.Equal((days[^1].Position, year.Position), (s.PositionEnd, s.PositionEnd));
        Assert.Equal(days.Min(d => Math.Min(d.MuAb, d.MuBa)), s.MuLowerMin, 12);
        Assert.Equal(TrustZones.Of(s.MuLowerMin, Record.Belief), s.LowerZone);
        Assert.Equal(1.0, s.DistrustShare + s.UnderstandingShare + s.TrustShare, 12);
        Assert.Equal(days.Count(d => d.Zone == TrustZone.Distrust) / 365.0, s.DistrustShare, 12);
        Assert.True(s.HasEvents);
    }

    [Fact]
    public void Summary_Interval_IsSeededAndHoldsTheMeanOfItsEventDays()
    {
        var first = Assert.Single(May1999().Measure(Frequency.Year, Record, new DateOnly(1999, 1, 1), new DateOnly(1999, 12, 31)).Periods).Summary!;
        var again = Assert.Single(May1999().Measure(Frequency.Year, Record, new DateOnly(1999, 1, 1), new DateOnly(1999, 12, 31)).Periods).Summary!;

        Assert.Equal((first.PositionLow, first.PositionHigh), (again.PositionLow, again.PositionHigh));
        Assert.True(first.PositionLow < first.PositionHigh, $"{first.PositionLow} .. {first.PositionHigh}");
        Assert.InRange(first.PositionMean, first.PositionLow!.Value - 0.05, first.PositionHigh!.Value + 0.05);
    }

    [Fact]
    public void Summary_PeriodWithoutEvents_SaysSoAndHasNoInterval()
    {
        var months = May1999().Measure(Frequency.Month, Record, new DateOnly(1999, 1, 1), new DateOnly(1999, 12, 31)).Periods;

        var june = months[5].Summary!;
        Assert.False(june.HasEvents);
        Assert.Null(june.PositionLow);
        Assert.Null(june.PositionHigh);
        Assert.True(months[4].Summary!.HasEvents);
    }

    [Fact]
    public void YearReading_MonthlyPeriods_GiveTheYearsMeanAndLowPoint()
    {
        var acc = May1999();
        var year = Assert.Single(acc.Measure(Frequency.Year, Record, new DateOnly(1999, 1, 1), new DateOnly(1999, 12, 31)).Periods).Summary!;

        var reading = Assert.Single(YearReading.Of(acc.Measure(Frequency.Month, Record, new DateOnly(1999, 1, 1), new DateOnly(1999, 12, 31))));

        Assert.Equal(year.PositionMean, reading.Mean, 12);
        Assert.Equal((year.PositionMin, year.PositionMinDate, year.MuLowerMin), (reading.Low, reading.LowDate, reading.MuLowerMin));
        Assert.Equal(4, reading.Events);
    }

    [Fact]
    public void Drivers_RankedByTheChangeOfMu_AndWithTheDriftTheyAddUpToTheMove()
    {
        // Given two equal acts of conflict by the US: one when China's belief is at the prior, one right after it
        var acc = new PairAccumulator("USA", "CHN", 10);
        acc.Add(Event("a", new DateOnly(1999, 5, 7), "USA", "CHN", QuadClass.MaterialConflict, -10));
        acc.Add(Event("b", new DateOnly(1999, 5, 8), "USA", "CHN", QuadClass.MaterialConflict, -10));
        acc.Add(Event("c", new DateOnly(1999, 5, 20), "USA", "CHN", QuadClass.MaterialCooperation, 7));

        // When May is measured
        var may = Assert.Single(acc.Measure(Frequency.Month, Record, new DateOnly(1999, 5, 1), new DateOnly(1999, 5, 31)).Periods);

        // Then the same evidence moved mu less the second time (the belief was already low), and is ranked so
        var a = may.Drivers.Single(d => d.Event.EventId == "a");
        var b = may.Drivers.Single(d => d.Event.EventId == "b");
        Assert.Equal(a.Contribution, b.Contribution, 12);
        Assert.True(Math.Abs(a.MuChange) > Math.Abs(b.MuChange));
        Assert.True(may.Drivers.ToList().IndexOf(a) < may.Drivers.ToList().IndexOf(b));
        Assert.Equal(may.Drivers.OrderByDescending(d => Math.Abs(d.MuChange)).Select(d => d.Event.EventId), may.Drivers.Select(d => d.Event.EventId));
        // and the drivers' changes with the drift of the prior add up to the month's move of mu_ab, from the prior 0.5
        Assert.Equal(may.MuAb - 0.5, may.Drivers.Sum(d => d.MuChange) + may.PriorDriftAb, 9);
        Assert.True(may.PriorDriftAb > 0); // after the fall, the prior pulls the belief back up
    }
}
