using Pendulum.Events;
using Pendulum.Internals;

namespace Pendulum.Observe.Crises;

/// <summary>
/// Builds the crisis detector's daily input from a pair's events added one at a time, in any order. Memory grows with
/// days, not events: a day keeps its material-conflict sums and its strongest
/// <see cref="CrisisDetectorOptions.TriggerEvents"/> events (the only ones an episode reports).
/// </summary>
public sealed class CrisisInputBuilder
{
    private readonly CrisisDetectorOptions _options;
    private readonly Dictionary<DateOnly, (MaterialConflict.Tally Tally, StrongestEvents Strongest)> _days = [];

    /// <param name="options">The saturation and trigger settings; the defaults when null.</param>
    public CrisisInputBuilder(CrisisDetectorOptions? options = null) =>
        _options = (options ?? new CrisisDetectorOptions()).Validate();

    /// <summary>Adds one of the pair's events (either direction).</summary>
    public void Add(CodedEvent e)
    {
        if (!_days.TryGetValue(e.Date, out var day))
            day = (default, new StrongestEvents(_options.TriggerEvents, StrongestEvents.MostConflictual));
        day.Tally.Add(e);
        day.Strongest.Add(e);
        _days[e.Date] = day;
    }

    /// <summary>
    /// One input per day of [<paramref name="from"/>, <paramref name="to"/>], days without events included (intensity
    /// 0). The saturation scale of a day is the median material-conflict count of the
    /// <see cref="CrisisDetectorOptions.BaselineWindowDays"/> before it, never below
    /// <see cref="CrisisDetectorOptions.SaturationFloorEvents"/>.
    /// </summary>
    /// <param name="mu">The pair's belief on a day (for example <see cref="CrisisInputDay.PairBelief"/> of the observer's series).</param>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day.</param>
    public IReadOnlyList<CrisisInputDay> Build(Func<DateOnly, double> mu, DateOnly from, DateOnly to)
    {
        if (from > to)
            throw new UsageException($"{from:yyyy-MM-dd} is after {to:yyyy-MM-dd}", "from");
        var counts = new RollingMedian(_options.BaselineWindowDays);
        var days = new CrisisInputDay[to.DayNumber - from.DayNumber + 1];
        for (var i = 0; i < days.Length; i++)
        {
            var date = from.AddDays(i);
            var (tally, strongest) = _days.GetValueOrDefault(date);
            var scale = Math.Max(_options.SaturationFloorEvents, counts.Median);
            days[i] = new CrisisInputDay(date, tally.Intensity(scale), mu(date), strongest?.Kept ?? []);
            counts.Push(tally.Count);
        }

        return days;
    }
}
