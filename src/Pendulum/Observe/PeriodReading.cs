using Pendulum.Belief;
using Pendulum.Internals;

namespace Pendulum.Observe;

/// <summary>
/// A period summarised as analysts read it (docs/observer.md, "Period summaries"): the daily position's mean, lowest
/// (with its day), highest and end, the share of days in each zone, the lowest belief of either side with the zone of
/// that belief, and an interval on the mean from a bootstrap over the period's event days.
/// </summary>
/// <param name="PositionMean">Mean of the daily positions over the period's days measured.</param>
/// <param name="PositionMin">Lowest daily position.</param>
/// <param name="PositionMinDate">The first day it was reached.</param>
/// <param name="PositionMax">Highest daily position.</param>
/// <param name="PositionEnd">Position on the period's last day measured (the period's <c>position</c>).</param>
/// <param name="DistrustShare">Share of the days in the distrust zone (the zone with hysteresis, as reported).</param>
/// <param name="UnderstandingShare">Share of the days in the understanding zone.</param>
/// <param name="TrustShare">Share of the days in the trust zone.</param>
/// <param name="PositionLow">Lower end of the 95% bootstrap interval on <paramref name="PositionMean"/>; null without events.</param>
/// <param name="PositionHigh">Upper end of the interval; null without events.</param>
/// <param name="MuLowerMin">The lowest belief of either side on any day of the period.</param>
/// <param name="LowerZone">The zone of that belief (plain edges: below 1/3 is distrust).</param>
/// <param name="HasEvents">False when the period had no event: its readings are then only the drift of the prior.</param>
/// <param name="Days">Days measured in the period.</param>
public sealed record PeriodSummary(double PositionMean, double PositionMin, DateOnly PositionMinDate, double PositionMax, double PositionEnd,
    double DistrustShare, double UnderstandingShare, double TrustShare, double? PositionLow, double? PositionHigh, double MuLowerMin,
    TrustZone LowerZone, bool HasEvents, int Days);

/// <summary>Collects one period's days for its <see cref="PeriodSummary"/>.</summary>
internal sealed class PeriodReading(BeliefParameters belief)
{
    /// <summary>
    /// Bootstrap replicates per period. Unit: replicates. 200: enough for the 2.5% and 97.5% points to move by less
    /// than the third decimal on the shipped record, at about 6,000 filter steps a month.
    /// </summary>
    public const int Replicates = 200;

    // A fixed master seed: the interval of a period depends only on its events and its first day.
    private const ulong Seed = 0x50454E44554C554D; // "PENDULUM"

    private readonly List<int> _eventDays = [];
    private readonly List<(double Ab, double Ba)> _evidence = [];
    private double _startAb;
    private double _startBa;
    private DateOnly _first;
    private int _days;
    private double _sum;
    private double _min = double.PositiveInfinity;
    private double _max = double.NegativeInfinity;
    private DateOnly _minDate;
    private double _end;
    private readonly int[] _zones = new int[3];
    private double _lowerMin = double.PositiveInfinity;

    /// <summary>Adds a day: the beliefs before it, its evidence, the beliefs after it and the zone reported.</summary>
    public void Add(DateOnly date, double muAbBefore, double muBaBefore, double evidenceAb, double evidenceBa, bool hasEvents,
        double muAb, double muBa, double position, TrustZone zone)
    {
        if (_days == 0)
            (_first, _startAb, _startBa) = (date, muAbBefore, muBaBefore);
        if (hasEvents)
        {
            _eventDays.Add(_days);
            _evidence.Add((evidenceAb, evidenceBa));
        }

        _days++;
        _sum += position;
        if (position < _min)
            (_min, _minDate) = (position, date);
        _max = Math.Max(_max, position);
        _end = position;
        _zones[(int)zone]++;
        _lowerMin = Math.Min(_lowerMin, Math.Min(muAb, muBa));
    }

    /// <summary>The summary, or null for a period with no day measured.</summary>
    public PeriodSummary? Build()
    {
        if (_days == 0)
            return null;
        var (low, high) = _eventDays.Count == 0 ? ((double?)null, (double?)null) : Interval();
        return new PeriodSummary(_sum / _days, _min, _minDate, _max, _end,
            (double)_zones[(int)TrustZone.Distrust] / _days, (double)_zones[(int)TrustZone.Understanding] / _days,
            (double)_zones[(int)TrustZone.Trust] / _days, low, high, _lowerMin, TrustZones.Of(_lowerMin, belief), _eventDays.Count > 0, _days);
    }

    // Each replicate walks the period again from the beliefs at its start, with the evidence of each event day drawn
    // with replacement from the period's event days (days without events stay without): how much the mean depends on
    // which events happened to be recorded. The 2.5% and 97.5% points of the replicates' means.
    private (double, double) Interval()
    {
        var random = new RandomStream(RandomStream.RunSeed(Seed, _first.DayNumber));
        var means = new double[Replicates];
        var k = _eventDays.Count;
        for (var r = 0; r < Replicates; r++)
        {
            double ab = _startAb, ba = _startBa, sum = 0;
            var next = 0;
            for (var d = 0; d < _days; d++)
            {
                var (eAb, eBa) = (0.0, 0.0);
                if (next < k && _eventDays[next] == d)
                {
                    (eAb, eBa) = _evidence[random.NextInt(k)];
                    next++;
                }

                ab = BeliefFilter.Step(ab, eAb, belief);
                ba = BeliefFilter.Step(ba, eBa, belief);
                sum += BeliefFilter.Position(ab, ba);
            }

            means[r] = sum / _days;
        }

        Array.Sort(means);
        return (means[(int)Math.Floor(0.025 * (Replicates - 1))], means[(int)Math.Ceiling(0.975 * (Replicates - 1))]);
    }
}
