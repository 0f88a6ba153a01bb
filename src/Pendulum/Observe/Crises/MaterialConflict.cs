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
        var tally = new Tally();
        foreach (var e in dayEvents)
            tally.Add(e);
        return tally.Intensity(saturationEvents);
    }

    /// <summary>
    /// The detector's input for every day of [<paramref name="from"/>, <paramref name="to"/>], built with a
    /// <see cref="CrisisInputBuilder"/>.
    /// </summary>
    /// <param name="events">The pair's events, both directions, in any order; those outside the range are ignored.</param>
    /// <param name="mu">The pair's belief on a day (for example <see cref="CrisisInputDay.PairBelief"/> of the observer's series).</param>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day.</param>
    /// <param name="options">The saturation and trigger settings; the defaults when null.</param>
    public static IReadOnlyList<CrisisInputDay> Days(IEnumerable<CodedEvent> events, Func<DateOnly, double> mu, DateOnly from,
        DateOnly to, CrisisDetectorOptions? options = null)
    {
        var builder = new CrisisInputBuilder(options);
        foreach (var e in events)
            builder.Add(e);
        return builder.Build(mu, from, to);
    }

    /// <summary>A day's material-conflict sums: events, mentions, and mention-weighted severity (<c>-Goldstein</c> in [0, 10]).</summary>
    internal struct Tally
    {
        public int Count;
        public long Mentions;
        public double WeightedSeverity;

        public void Add(CodedEvent e)
        {
            if (e.QuadClass != QuadClass.MaterialConflict)
                return;
            var w = Math.Max(e.Mentions, 1);
            Count++;
            Mentions += w;
            WeightedSeverity += w * Math.Clamp(-e.Goldstein, 0, 10);
        }

        public readonly double Intensity(double saturationEvents)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(saturationEvents);
            return Count == 0 ? 0 : WeightedSeverity / Mentions / 10 * (1 - Math.Exp(-Count / saturationEvents));
        }
    }
}
