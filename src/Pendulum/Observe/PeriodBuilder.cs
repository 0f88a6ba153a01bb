using Pendulum.Belief;
using Pendulum.Events;

namespace Pendulum.Observe;

/// <summary>Sums one period's days into a <see cref="PeriodMeasure"/>; keeps only the strongest drivers.</summary>
internal sealed class PeriodBuilder(DateOnly start, int drivers)
{
    private DayTally _ab;
    private DayTally _ba;
    private long _volumeA;
    private long _volumeB;
    private readonly List<Driver> _drivers = [];

    private double _driftAb;
    private double _driftBa;

    /// <summary>Adds a day's drift of both beliefs toward the prior (the predict step), in units of <c>mu</c>.</summary>
    public void AddDrift(double ab, double ba)
    {
        _driftAb += ab;
        _driftBa += ba;
    }

    /// <summary>
    /// Adds a day's events; <paramref name="muPerNatAb"/> and <paramref name="muPerNatBa"/> are the day's change of each
    /// belief by its evidence, per nat of evidence, so an event's share of the evidence gives its share of the change.
    /// </summary>
    public void Add(PairAccumulator.Day day, EvidenceParameters parameters, double muPerNatAb, double muPerNatBa)
    {
        _ab.Add(day.Ab);
        _ba.Add(day.Ba);
        for (var slot = 0; slot < day.Candidates.Length; slot++)
        {
            if (day.Candidates[slot] is not { } candidates)
                continue;
            var tally = slot < 4 ? day.Ab : day.Ba;
            var quad = (QuadClass)(slot % 4 + 1);
            var sums = tally.Of(quad);
            // The QuadClass term k (g/10) S with g the mention-weighted mean, split by each event's m x g share.
            var perUnit = parameters.WeightOf(quad) / 10 * (1 - Math.Exp(-sums.Count / parameters.SaturationEvents)) / sums.Mentions;
            var muPerNat = slot < 4 ? muPerNatAb : muPerNatBa;
            foreach (var e in candidates)
            {
                var contribution = perUnit * Math.Max(e.Mentions, 1) * e.Goldstein;
                Offer(new Driver(e, contribution) { MuChange = contribution * muPerNat });
            }
        }
    }

    public void AddVolume((long A, long B) volume)
    {
        _volumeA += volume.A;
        _volumeB += volume.B;
    }

    public PeriodMeasure Build(double muAb, double muBa, TrustZone zone, bool volumeKnown)
    {
        var quads = new long[4];
        long sumMicro = 0, weightedMicro = 0, mentions = 0;
        for (var q = 0; q < 4; q++)
        {
            var ab = _ab.Of((QuadClass)(q + 1));
            var ba = _ba.Of((QuadClass)(q + 1));
            quads[q] = ab.Count + ba.Count;
            sumMicro += ab.GoldsteinMicro + ba.GoldsteinMicro;
            weightedMicro += ab.WeightedGoldsteinMicro + ba.WeightedGoldsteinMicro;
            mentions += ab.Mentions + ba.Mentions;
        }

        var sum = sumMicro / 1e6;
        var weighted = weightedMicro / 1e6;

        var events = _ab.Events + _ba.Events;
        var ordered = _drivers.Order(DriverOrder.Instance).ToList();
        return new PeriodMeasure(
            start, _ab.Events, _ba.Events, quads, sum,
            events == 0 ? null : sum / events,
            mentions == 0 ? null : weighted / mentions,
            events == 0 ? null : (double)(quads[0] + quads[1]) / events,
            volumeKnown ? _volumeA : null,
            volumeKnown ? _volumeB : null,
            muAb, muBa, BeliefFilter.Position(muAb, muBa), zone, ordered)
        { PriorDriftAb = _driftAb, PriorDriftBa = _driftBa };
    }

    private void Offer(Driver driver)
    {
        if (drivers == 0)
            return;
        if (_drivers.Count < drivers)
        {
            _drivers.Add(driver);
            return;
        }

        var weakest = 0;
        for (var i = 1; i < _drivers.Count; i++)
        {
            if (DriverOrder.Instance.Compare(_drivers[i], _drivers[weakest]) > 0)
                weakest = i;
        }

        if (DriverOrder.Instance.Compare(driver, _drivers[weakest]) < 0)
            _drivers[weakest] = driver;
    }
}

/// <summary>
/// Strongest first: larger |change of mu| (what the event moved, not its raw evidence: a nat moves a belief near 0.5 far
/// more than one near 0), then earlier date, dataset and event id. A total order, so the drivers kept never depend on
/// the order events arrived in.
/// </summary>
internal sealed class DriverOrder : IComparer<Driver>
{
    public static readonly DriverOrder Instance = new();

    public int Compare(Driver? x, Driver? y)
    {
        var byStrength = Math.Abs(y!.MuChange).CompareTo(Math.Abs(x!.MuChange));
        return byStrength != 0 ? byStrength : EventKey.Compare(x.Event, y.Event);
    }
}

/// <summary>Orders events by date, dataset and event id: the tie-breaker wherever a choice must not depend on input order.</summary>
internal static class EventKey
{
    public static int Compare(CodedEvent x, CodedEvent y)
    {
        var byDate = x.Date.CompareTo(y.Date);
        if (byDate != 0)
            return byDate;
        var byDataset = string.CompareOrdinal(x.Dataset, y.Dataset);
        return byDataset != 0 ? byDataset : string.CompareOrdinal(x.EventId, y.EventId);
    }
}
