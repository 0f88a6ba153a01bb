using Pendulum.Belief;
using Pendulum.Observe;
using Pendulum.Tests.Data;

namespace Pendulum.Tests.Calibrate;

/// <summary>
/// The criterion data/us-china/observer.yaml was chosen by (docs/calibration.md): the smallest evidence scale on its
/// grid with which the observer reads distrust within 14 days of every crisis episode the coders tagged.
/// </summary>
public sealed class RecordObserverParametersTests
{
    private static readonly string ShippedPath = Path.Combine(AppContext.BaseDirectory, "data", "us-china", "observer.yaml");

    [Fact]
    public void ShippedParameters_EveryTaggedCrisis_ReadAsDistrustWithinTwoWeeks()
    {
        var missed = MissedCrises(ObserverParametersFile.Load(ShippedPath));

        Assert.Empty(missed);
    }

    [Fact]
    public void ShippedParameters_OneGridStepWeaker_MissAtLeastOneCrisis()
    {
        var shipped = ObserverParametersFile.Load(ShippedPath);
        var e = shipped.Evidence;
        const double Weaker = 1.25 / 1.5;
        var weaker = shipped with
        {
            Evidence = e with
            {
                VerbalCooperationWeight = e.VerbalCooperationWeight * Weaker,
                MaterialCooperationWeight = e.MaterialCooperationWeight * Weaker,
                VerbalConflictWeight = e.VerbalConflictWeight * Weaker,
                MaterialConflictWeight = e.MaterialConflictWeight * Weaker,
            },
        };

        Assert.Contains(new DateOnly(2001, 4, 1), MissedCrises(weaker));
    }

    // First days of the episodes tagged `crisis` (rows within 30 days of each other are one episode) after which the
    // observer does not read distrust within 14 days.
    private static List<DateOnly> MissedCrises(ObserverParameters parameters)
    {
        var events = UsChinaDataset.Events;
        var accumulator = new PairAccumulator("USA", "CHN", 0);
        foreach (var e in events)
            accumulator.Add(e);
        var zones = accumulator.Measure(Frequency.Day, parameters).Periods.ToDictionary(p => p.Period, p => p.Zone);
        var starts = new List<DateOnly>();
        DateOnly? last = null;
        foreach (var day in events.Where(e => e.Tags.Contains("crisis")).Select(e => e.Date).Order())
        {
            if (last is null || day.DayNumber - last.Value.DayNumber > 30)
                starts.Add(day);
            last = day;
        }

        Assert.Equal(5, starts.Count);
        return [.. starts.Where(s => !Enumerable.Range(0, 15).Any(k => zones.TryGetValue(s.AddDays(k), out var zone) && zone == TrustZone.Distrust))];
    }
}
