using Pendulum.Belief;

namespace Pendulum.Observe;

/// <summary>
/// A calendar year of a measurement as the year tables of <c>demo</c>, <c>report</c> print it: the mean position
/// over its days, the low point with its day, the position at its end, the lowest belief of either side with its zone,
/// and the year's strongest driver. Made from the periods' summaries, so it does not depend on the frequency.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Mean">Mean daily position.</param>
/// <param name="Low">Lowest daily position.</param>
/// <param name="LowDate">Its first day.</param>
/// <param name="End">Position on the year's last day measured.</param>
/// <param name="MuLowerMin">Lowest belief of either side.</param>
/// <param name="LowerZone">Zone of that belief (below 1/3: distrust).</param>
/// <param name="Events">Events of the year, both directions.</param>
/// <param name="Top">The driver that moved <c>mu</c> most, if any.</param>
public sealed record YearReading(int Year, double Mean, double Low, DateOnly LowDate, double End, double MuLowerMin, TrustZone LowerZone,
    long Events, Driver? Top)
{
    /// <summary>True when the year had events; a year without them shows only the drift of the prior.</summary>
    public bool HasEvents => Events > 0;

    /// <summary>The years of a measurement, in order (periods without a summary are skipped).</summary>
    public static IReadOnlyList<YearReading> Of(PairMeasurement m)
    {
        var years = new List<YearReading>();
        foreach (var year in m.Periods.Where(p => p.Summary is not null).GroupBy(p => p.Period.Year))
        {
            var periods = year.ToList();
            var days = periods.Sum(p => p.Summary!.Days);
            var low = periods.MinBy(p => p.Summary!.PositionMin)!.Summary!;
            var lower = periods.MinBy(p => p.Summary!.MuLowerMin)!.Summary!;
            var top = periods.SelectMany(p => p.Drivers).OrderByDescending(d => Math.Abs(d.MuChange)).FirstOrDefault();
            years.Add(new YearReading(year.Key, periods.Sum(p => p.Summary!.PositionMean * p.Summary.Days) / days, low.PositionMin,
                low.PositionMinDate, periods[^1].Summary!.PositionEnd, lower.MuLowerMin, lower.LowerZone, periods.Sum(p => p.Events), top));
        }

        return years;
    }
}
