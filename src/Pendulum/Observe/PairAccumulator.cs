using Pendulum.Belief;
using Pendulum.Events;

namespace Pendulum.Observe;

/// <summary>
/// Folds a pair's events into per-day tallies, in any order, and then measures the pair: series, beliefs, zones and
/// drivers. Memory grows with the number of days, not events: per day it keeps two tallies and a few driver
/// candidates per QuadClass, so a year of GDELT can stream through it.
/// </summary>
public sealed class PairAccumulator
{
    private readonly Dictionary<DateOnly, Day> _days = [];
    private readonly Dictionary<DateOnly, (long A, long B)> _volume = [];
    private readonly int _candidates;
    private DateOnly _lastDate;
    private Day? _lastDay;
    private bool _volumeKnown;

    /// <param name="countryA">First country (ISO alpha-3).</param>
    /// <param name="countryB">Second country.</param>
    /// <param name="driversPerPeriod">Drivers wanted per period; this many candidates are kept per day and QuadClass.</param>
    public PairAccumulator(string countryA, string countryB, int driversPerPeriod)
    {
        if (countryA == countryB)
            throw new UsageException($"a pair needs two different countries, not {countryA} twice", "--dyad");
        CountryA = countryA;
        CountryB = countryB;
        _candidates = driversPerPeriod;
    }

    public string CountryA { get; }

    public string CountryB { get; }

    /// <summary>The first and last day with a pair event, or null before any.</summary>
    public (DateOnly First, DateOnly Last)? Span => _days.Count == 0 ? null : (_days.Keys.Min(), _days.Keys.Max());

    /// <summary>Pair events added so far.</summary>
    public long PairEvents { get; private set; }

    /// <summary>
    /// Adds an event. Events between A and B are tallied; any event touching A or B also counts toward that
    /// country's volume when <paramref name="countVolume"/> is set (raw-file mode, where every event passes by).
    /// </summary>
    public void Add(CodedEvent e, bool countVolume = false)
    {
        var (source, target) = (e.Source.Country, e.Target.Country);
        if (countVolume)
        {
            _volumeKnown = true;
            var touchesA = source == CountryA || target == CountryA;
            var touchesB = source == CountryB || target == CountryB;
            if (touchesA || touchesB)
            {
                var v = _volume.GetValueOrDefault(e.Date);
                _volume[e.Date] = (v.A + (touchesA ? 1 : 0), v.B + (touchesB ? 1 : 0));
            }
        }

        bool ab = source == CountryA && target == CountryB, ba = source == CountryB && target == CountryA;
        if (!ab && !ba)
            return;
        var day = DayOf(e.Date);
        if (ab)
            day.Ab.Add(e);
        else
            day.Ba.Add(e);
        day.Offer(e, ab);
        PairEvents++;
    }

    /// <summary>
    /// Adds a day's sums for one direction and QuadClass, computed elsewhere (a store that aggregates in SQL). Together
    /// with <see cref="AddCandidate"/> for the day's strongest events it gives the same measurement as adding every event.
    /// </summary>
    public void AddTally(DateOnly date, bool sourceIsA, QuadClass quad, QuadSums sums)
    {
        var day = DayOf(date);
        if (sourceIsA)
            day.Ab.Add(quad, sums);
        else
            day.Ba.Add(quad, sums);
        PairEvents += sums.Count;
    }

    /// <summary>Offers an event as a driver candidate only (its sums come through <see cref="AddTally"/>).</summary>
    public void AddCandidate(CodedEvent e)
    {
        var ab = e.Source.Country == CountryA && e.Target.Country == CountryB;
        if (ab || (e.Source.Country == CountryB && e.Target.Country == CountryA))
            DayOf(e.Date).Offer(e, ab);
    }

    // Events mostly arrive in date order (a store reads them so), so the last day is remembered.
    private Day DayOf(DateOnly date)
    {
        if (_lastDay is not null && _lastDate == date)
            return _lastDay;
        if (!_days.TryGetValue(date, out var day))
            _days[date] = day = new Day(_candidates);
        (_lastDate, _lastDay) = (date, day);
        return day;
    }

    /// <summary>Adds a country's total event volume on one day (store mode).</summary>
    public void AddVolume(DateOnly date, string country, long events)
    {
        _volumeKnown = true;
        var v = _volume.GetValueOrDefault(date);
        _volume[date] = country == CountryA ? (v.A + events, v.B) : country == CountryB ? (v.A, v.B + events) : v;
    }

    /// <summary>
    /// Measures the pair period by period, from <paramref name="from"/> (or the first event) to <paramref name="to"/>
    /// (or the last). Beliefs start at the prior on the first day and are stepped every day, with or without events,
    /// so that silence lets them drift back toward the prior.
    /// </summary>
    public PairMeasurement Measure(Frequency frequency, ObserverParameters parameters, DateOnly? from = null, DateOnly? to = null)
    {
        parameters.Validate();
        var periods = new List<PeriodMeasure>();
        if (_days.Count == 0 && (from is null || to is null))
            return new PairMeasurement(CountryA, CountryB, frequency, parameters, periods);
        var first = from ?? _days.Keys.Min();
        var last = to ?? _days.Keys.Max();
        var belief = parameters.Belief;
        double muAb = belief.Prior, muBa = belief.Prior;
        var zone = TrustZones.Of(belief.Prior, belief);
        var start = frequency.PeriodStart(first);
        while (start <= last)
        {
            var end = frequency.NextPeriod(start);
            var period = new PeriodBuilder(start, _candidates);
            var reading = new PeriodReading(belief);
            for (var date = start; date < end; date = date.AddDays(1))
            {
                if (date < first || date > last)
                    continue;
                var evidenceAb = 0.0;
                var evidenceBa = 0.0;
                var hasEvents = _days.TryGetValue(date, out var day);
                if (hasEvents)
                {
                    evidenceAb = day!.Ab.Evidence(parameters.Evidence);
                    evidenceBa = day.Ba.Evidence(parameters.Evidence);
                    hasEvents = day.Ab.Events + day.Ba.Events > 0;
                }

                if (_volume.TryGetValue(date, out var volume))
                    period.AddVolume(volume);
                var (beforeAb, beforeBa) = (muAb, muBa);
                muAb = BeliefFilter.Step(muAb, evidenceAb, belief);
                muBa = BeliefFilter.Step(muBa, evidenceBa, belief);
                // What moved mu: the drift of the predict step toward the prior, and the day's evidence, whose change
                // of mu is split among the day's events in proportion to their share of the evidence.
                var (predictedAb, predictedBa) = (BeliefFilter.Predict(beforeAb, belief), BeliefFilter.Predict(beforeBa, belief));
                period.AddDrift(predictedAb - beforeAb, predictedBa - beforeBa);
                if (day is not null)
                {
                    period.Add(day, parameters.Evidence,
                        evidenceAb == 0 ? 0 : (muAb - predictedAb) / evidenceAb, evidenceBa == 0 ? 0 : (muBa - predictedBa) / evidenceBa);
                }
                var position = BeliefFilter.Position(muAb, muBa);
                zone = TrustZones.Next(zone, (position + 1) / 2, belief);
                reading.Add(date, beforeAb, beforeBa, evidenceAb, evidenceBa, hasEvents, muAb, muBa, position, zone);
            }

            periods.Add(period.Build(muAb, muBa, zone, _volumeKnown) with { Summary = reading.Build() });
            start = end;
        }

        return new PairMeasurement(CountryA, CountryB, frequency, parameters, periods);
    }

    /// <summary>
    /// The number of days from <paramref name="from"/> to <paramref name="to"/> the pair spends in each zone (indexed by
    /// <see cref="TrustZone"/>): the zones of a daily <see cref="Measure"/>, without building its periods, for callers
    /// that need only the shares (the calibration reads thousands of simulated histories).
    /// </summary>
    public int[] ZoneDays(ObserverParameters parameters, DateOnly from, DateOnly to)
    {
        parameters.Validate();
        var belief = parameters.Belief;
        double muAb = belief.Prior, muBa = belief.Prior;
        var zone = TrustZones.Of(belief.Prior, belief);
        var days = new int[3];
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            _days.TryGetValue(date, out var day);
            StepDay(day, parameters, ref muAb, ref muBa, ref zone);
            days[(int)zone]++;
        }

        return days;
    }

    // One day of the filter, both directions: the day's evidence (none without events), then the pair's zone.
    private static void StepDay(Day? day, ObserverParameters parameters, ref double muAb, ref double muBa, ref TrustZone zone)
    {
        var belief = parameters.Belief;
        muAb = BeliefFilter.Step(muAb, day?.Ab.Evidence(parameters.Evidence) ?? 0, belief);
        muBa = BeliefFilter.Step(muBa, day?.Ba.Evidence(parameters.Evidence) ?? 0, belief);
        zone = TrustZones.Next(zone, (BeliefFilter.Position(muAb, muBa) + 1) / 2, belief);
    }

    /// <summary>One day of the pair: a tally per direction and the strongest events of each direction and QuadClass.</summary>
    internal sealed class Day(int candidates)
    {
        public DayTally Ab;
        public DayTally Ba;

        // [direction * 4 + quad - 1]: the events with the largest |mentions x Goldstein|, which are exactly the
        // largest contributors within that direction and QuadClass.
        public readonly List<CodedEvent>?[] Candidates = new List<CodedEvent>?[8];

        // Per slot, the strength of its weakest candidate once full: most events are weaker and are turned away by
        // one comparison, without scanning the list.
        private readonly long[] _weakest = new long[8];

        public void Offer(CodedEvent e, bool ab)
        {
            if (candidates == 0)
                return;
            var slot = (ab ? 0 : 4) + (int)e.QuadClass - 1;
            var list = Candidates[slot] ??= [];
            if (list.Count < candidates)
            {
                list.Add(e);
                if (list.Count == candidates)
                    _weakest[slot] = Strength(list[WeakestIndex(list)]);
                return;
            }

            if (Strength(e) < _weakest[slot])
                return;
            var weakest = WeakestIndex(list);
            if (Stronger(e, list[weakest]))
            {
                list[weakest] = e;
                _weakest[slot] = Strength(list[WeakestIndex(list)]);
            }
        }

        private static int WeakestIndex(List<CodedEvent> list)
        {
            var weakest = 0;
            for (var i = 1; i < list.Count; i++)
            {
                if (Stronger(list[weakest], list[i]))
                    weakest = i;
            }

            return weakest;
        }

        private static long Strength(CodedEvent e) => Math.Abs(Math.Max(e.Mentions, 1) * QuadSums.ToMicro(e.Goldstein));

        // Within one direction and QuadClass, contribution is proportional to mentions x Goldstein; ties go to the
        // earlier event key so the choice does not depend on input order.
        private static bool Stronger(CodedEvent x, CodedEvent y)
        {
            var (sx, sy) = (Strength(x), Strength(y));
            return sx != sy ? sx > sy : EventKey.Compare(x, y) < 0;
        }
    }
}
