using Pendulum.Belief;
using Pendulum.Events;
using Pendulum.Events.Aggregates;

namespace Pendulum.Observe;

/// <summary>
/// Reads a pair from period aggregates (docs/model.md section 3; docs/observer.md, "Period aggregates"): the period is
/// the step. Each period, both beliefs take one predict step with the hazards of the period's length (the daily
/// two-state chain composed over its days) and one update with the period's evidence,
/// <c>E = D sum_q k_q (g_q / 10) (1 - exp(-(n_q / D) / n0))</c> for a period of D days: the media-volume evidence of
/// section 3 given to the period's events spread evenly over its days. <c>g_q</c> is the mean Goldstein value when the
/// table gives sums, else <see cref="TypicalGoldstein"/>. There are no event rows, so no drivers.
/// </summary>
public static class PeriodAggregateObserver
{
    /// <summary>
    /// Measures the pair <paramref name="a"/>-<paramref name="b"/> from <paramref name="counts"/> (any counts; the
    /// pair's are picked), period by period from its first period to its last (or the one holding <paramref name="to"/>),
    /// and keeps the periods from the one holding <paramref name="from"/>. The period is the counts' own, whatever
    /// frequency a caller asked for: the measurement's <see cref="PairMeasurement.Frequency"/> says which it is.
    /// </summary>
    public static PairMeasurement Measure(string a, string b, IReadOnlyList<PeriodCount> counts, ObserverParameters parameters,
        DateOnly? from = null, DateOnly? to = null)
    {
        parameters.Validate();
        var pair = counts.Where(c => (c.Source == a && c.Target == b) || (c.Source == b && c.Target == a)).ToList();
        var periods = new List<PeriodMeasure>();
        if (pair.Count == 0)
            return new PairMeasurement(a, b, Frequency.Year, parameters, periods);
        var lengths = pair.Select(c => c.Period).Distinct().ToList();
        if (lengths.Count > 1)
            throw new UsageException($"{a}-{b} is held in period aggregates of more than one length ({string.Join(", ", lengths.Select(l => l.Name()))})", "--db");
        var frequency = lengths[0];

        var datasets = pair.Select(c => c.Dataset).Distinct(StringComparer.Ordinal).ToList();
        if (datasets.Count > 1)
            throw new UsageException($"{a}-{b} has counts from {string.Join(" and ", datasets)}: keep one dataset per store, or they would be added twice", "--db");
        var byPeriod = pair.ToLookup(c => c.PeriodStart);
        var belief = parameters.Belief;
        double muAb = belief.Prior, muBa = belief.Prior;
        var zone = TrustZones.Of(belief.Prior, belief);
        var last = to is { } end ? frequency.PeriodStart(end) : pair.Max(c => c.PeriodStart);
        var shownFrom = from is { } f ? frequency.PeriodStart(f) : DateOnly.MinValue;
        for (var start = pair.Min(c => c.PeriodStart); start <= last; start = frequency.NextPeriod(start))
        {
            var ab = byPeriod[start].FirstOrDefault(c => c.Source == a);
            var ba = byPeriod[start].FirstOrDefault(c => c.Source == b);
            var days = frequency.NextPeriod(start).DayNumber - start.DayNumber;
            var step = Over(belief, days);
            var (beforeAb, beforeBa) = (muAb, muBa);
            var (predictedAb, predictedBa) = (BeliefFilter.Predict(muAb, step), BeliefFilter.Predict(muBa, step));
            muAb = BeliefFilter.Step(muAb, Evidence(ab, days, parameters.Evidence), step);
            muBa = BeliefFilter.Step(muBa, Evidence(ba, days, parameters.Evidence), step);
            var position = BeliefFilter.Position(muAb, muBa);
            zone = TrustZones.Next(zone, (position + 1) / 2, belief);
            if (start >= shownFrom)
                periods.Add(Period(start, days, ab, ba, muAb, muBa, position, zone, belief) with
                {
                    PriorDriftAb = predictedAb - beforeAb,
                    PriorDriftBa = predictedBa - beforeBa,
                });
        }

        return new PairMeasurement(a, b, frequency, parameters, periods);
    }

    /// <summary>
    /// The belief parameters of one step of <paramref name="days"/> days: the daily hazards <c>h_SG</c>, <c>h_GS</c>
    /// composed over the days, <c>h_SG (1 - (1 - h_SG - h_GS)^D) / (h_SG + h_GS)</c> and likewise for <c>h_GS</c>, so
    /// the prior and the zones are unchanged.
    /// </summary>
    public static BeliefParameters Over(BeliefParameters daily, int days)
    {
        var (sg, gs) = (daily.HazardTrustworthyToGreedy, daily.HazardGreedyToTrustworthy);
        var mixed = 1 - Math.Pow(1 - sg - gs, days);
        return daily with { HazardTrustworthyToGreedy = sg / (sg + gs) * mixed, HazardGreedyToTrustworthy = gs / (sg + gs) * mixed };
    }

    /// <summary>The evidence (nats) of one direction's counts over a period of <paramref name="days"/> days; 0 without counts.</summary>
    public static double Evidence(PeriodCount? count, int days, EvidenceParameters parameters)
    {
        if (count is null)
            return 0;
        var scheme = count.Dataset == PeriodCountColumns.IcewsDyadYearDataset ? QuadClassScheme.Icews : QuadClassScheme.Gdelt;
        var evidence = 0.0;
        for (var q = 0; q < 4; q++)
        {
            var n = count.Counts[q];
            if (n == 0)
                continue;
            var quad = (QuadClass)(q + 1);
            var goldstein = count.GoldsteinSums is { } sums ? sums[q] / n : TypicalGoldstein.Of(quad, scheme);
            evidence += days * parameters.WeightOf(quad) * (goldstein / 10) * (1 - Math.Exp(-((double)n / days) / parameters.SaturationEvents));
        }

        return evidence;
    }

    private static PeriodMeasure Period(DateOnly start, int days, PeriodCount? ab, PeriodCount? ba, double muAb, double muBa, double position,
        TrustZone zone, BeliefParameters belief)
    {
        var quads = new long[4];
        var goldstein = 0.0;
        var known = true;
        foreach (var c in new[] { ab, ba })
        {
            if (c is null)
                continue;
            for (var q = 0; q < 4; q++)
                quads[q] += c.Counts[q];
            known &= c.GoldsteinSums is not null;
            goldstein += c.GoldsteinSums?.Sum() ?? 0;
        }

        var events = quads.Sum();
        var mean = events > 0 && known ? goldstein / events : (double?)null;
        var lower = Math.Min(muAb, muBa);
        return new PeriodMeasure(start, ab?.Events ?? 0, ba?.Events ?? 0, quads, goldstein, mean, mean,
            events == 0 ? null : (double)(quads[0] + quads[1]) / events, null, null, muAb, muBa, position, zone, [])
        {
            // One step: the period's reading is its end; no interval, because the counts give no event days to resample.
            Summary = new PeriodSummary(position, position, start, position, position,
                zone == TrustZone.Distrust ? 1 : 0, zone == TrustZone.Understanding ? 1 : 0, zone == TrustZone.Trust ? 1 : 0,
                null, null, lower, TrustZones.Of(lower, belief), events > 0, days),
        };
    }
}
