using Pendulum.Store;

namespace Pendulum.Observe;

/// <summary>One partner of a country read from period aggregates: its measurement and its raw cooperation share.</summary>
/// <param name="Partner">The partner (ISO alpha-3).</param>
/// <param name="Events">Events of both directions over all periods.</param>
/// <param name="Measurement">The pair read with the period as the step.</param>
public sealed record PartnerReading(string Partner, long Events, PairMeasurement Measurement)
{
    /// <summary>Share of the pair's events, both directions and all periods, that are cooperative (QuadClass 1 or 2).</summary>
    public double CooperativeShare =>
        (double)Measurement.Periods.Sum(p => p.QuadCounts[0] + p.QuadCounts[1]) / Math.Max(1, Measurement.Periods.Sum(p => p.Events));

    /// <summary>Mean of the periods' positions.</summary>
    public double MeanPosition => Measurement.Periods.Count == 0 ? 0 : Measurement.Periods.Average(p => p.Position);
}

/// <summary>
/// A country beside its partners, from a store's period aggregates: allies and rivals side by side (docs/validation.md,
/// "Allies and rivals"). Each pair is read as <c>measure</c> reads it, the period being the step.
/// </summary>
public static class PartnerReadings
{
    /// <summary>
    /// The pairs of <paramref name="country"/> with each of <paramref name="partners"/> (or, when none are named, its
    /// <paramref name="busiest"/> busiest partners by events), in the order named or busiest first.
    /// </summary>
    public static IReadOnlyList<PartnerReading> Of(IPeriodCountStore store, string country, IReadOnlyList<string>? partners,
        ObserverParameters parameters, int busiest = 12, CancellationToken cancellationToken = default)
    {
        var pairs = store.PeriodCountPairs().Where(p => p.CountryA == country || p.CountryB == country).ToList();
        string Other(PairSummary p) => p.CountryA == country ? p.CountryB : p.CountryA;
        var chosen = partners is { Count: > 0 } ? partners : pairs.Take(busiest).Select(Other).ToList();
        var counts = store.PeriodCounts(chosen.Append(country).ToList(), cancellationToken);
        return chosen.Where(p => p != country).Select(p =>
        {
            var measurement = PeriodAggregateObserver.Measure(country, p, counts, parameters);
            return new PartnerReading(p, measurement.Periods.Sum(x => x.Events), measurement);
        }).ToList();
    }
}
