using Pendulum.Events;

namespace Pendulum.Observe.Crises;

/// <summary>
/// The daily material-conflict intensity of a pair (docs/crises.md):
/// <c>I_t = (g_t / 10) (1 - exp(-n_t / s_t))</c>, where <c>n_t</c> counts the day's QuadClass 4 events in both
/// directions, <c>g_t</c> is their mention-weighted mean of <c>-Goldstein</c> (clamped to [0, 10]) and <c>s_t</c> is a
/// saturation scale. It has the shape of the evidence term of docs/model.md section 3: severe deeds count more, volume
/// counts but saturates, since one incident is reported in many rows. Unlike the evidence, the scale follows the
/// pair's usual volume (the trailing median daily count), so a pair reported on every day is not always "saturated".
/// </summary>
public static class MaterialConflict
{
    /// <summary>The number of material-conflict (QuadClass 4) events among <paramref name="events"/>.</summary>
    public static int Count(IEnumerable<CodedEvent> events) => events.Count(e => e.QuadClass == QuadClass.MaterialConflict);

    /// <summary>
    /// The intensity of one day's events with saturation scale <paramref name="saturationEvents"/> (events per day):
    /// 0 without material conflict, approaching <c>g/10</c> as the count grows.
    /// </summary>
    public static double Intensity(IEnumerable<CodedEvent> dayEvents, double saturationEvents)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(saturationEvents);
        long count = 0;
        long mentions = 0;
        double weighted = 0;
        foreach (var e in dayEvents)
        {
            if (e.QuadClass != QuadClass.MaterialConflict)
                continue;
            var w = Math.Max(e.Mentions, 1);
            count++;
            mentions += w;
            weighted += w * Math.Clamp(-e.Goldstein, 0, 10);
        }

        return count == 0 ? 0 : weighted / mentions / 10 * (1 - Math.Exp(-count / saturationEvents));
    }

    /// <summary>
    /// The detector's input for every day of [<paramref name="from"/>, <paramref name="to"/>]: each day's events,
    /// intensity (with the saturation scale of <see cref="CrisisDetectorOptions.SaturationFloorEvents"/> and the
    /// trailing median count over <see cref="CrisisDetectorOptions.BaselineWindowDays"/>), and <c>mu</c> from
    /// <paramref name="mu"/>. Days without events are included, with intensity 0.
    /// </summary>
    /// <param name="events">The pair's events, both directions, in any order; those outside the range are ignored.</param>
    /// <param name="mu">The pair's belief on a day (for example <see cref="CrisisInputDay.PairBelief"/> of the observer's series).</param>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day.</param>
    /// <param name="options">The saturation settings; the defaults when null.</param>
    public static IReadOnlyList<CrisisInputDay> Days(IEnumerable<CodedEvent> events, Func<DateOnly, double> mu, DateOnly from,
        DateOnly to, CrisisDetectorOptions? options = null)
    {
        if (from > to)
            throw new UsageException($"{from:yyyy-MM-dd} is after {to:yyyy-MM-dd}", "from");
        options = (options ?? new CrisisDetectorOptions()).Validate();
        var length = to.DayNumber - from.DayNumber + 1;
        var byDay = new List<CodedEvent>?[length];
        foreach (var e in events)
        {
            if (e.Date >= from && e.Date <= to)
                (byDay[e.Date.DayNumber - from.DayNumber] ??= []).Add(e);
        }

        var counts = new RollingMedian(options.BaselineWindowDays);
        var days = new CrisisInputDay[length];
        for (var i = 0; i < length; i++)
        {
            var dayEvents = (IReadOnlyList<CodedEvent>?)byDay[i] ?? [];
            var scale = Math.Max(options.SaturationFloorEvents, counts.Median);
            var date = from.AddDays(i);
            days[i] = new CrisisInputDay(date, Intensity(dayEvents, scale), mu(date), dayEvents);
            counts.Push(Count(dayEvents));
        }

        return days;
    }
}
