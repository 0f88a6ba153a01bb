using Pendulum.Observe;

namespace Pendulum.Events.Aggregates;

/// <summary>
/// One directed pair's events in one period, counted by QuadClass: the period aggregates ICEWS and other providers
/// publish instead of event rows (docs/model.md section 3, docs/formats.md "Period aggregates").
/// </summary>
/// <param name="Dataset">Where the counts come from: <c>icews-dyad-year</c> or, for the generic layout, its <c>dataset</c> column.</param>
/// <param name="Source">The acting country (ISO alpha-3).</param>
/// <param name="Target">The country acted on.</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="Period">The period's length: a day, an ISO week, a month or a year.</param>
/// <param name="Counts">Events per QuadClass 1..4 (index 0 is verbal cooperation), each at least 0.</param>
/// <param name="GoldsteinSums">Sum of the events' Goldstein values per QuadClass, when the provider gives them; null otherwise.</param>
public sealed record PeriodCount(string Dataset, string Source, string Target, DateOnly PeriodStart, Frequency Period,
    IReadOnlyList<long> Counts, IReadOnlyList<double>? GoldsteinSums)
{
    /// <summary>Events of all four QuadClasses.</summary>
    public long Events => Counts[0] + Counts[1] + Counts[2] + Counts[3];

    /// <summary>Days the period spans.</summary>
    public int Days => Period.NextPeriod(PeriodStart).DayNumber - PeriodStart.DayNumber;
}
