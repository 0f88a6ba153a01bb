using Pendulum.Store;

namespace Pendulum.Observe;

/// <summary>
/// Fills pair accumulators from a store that aggregates itself: per-day sums, the day's strongest events as driver
/// candidates, and the countries' volumes, each in one request for every pair at once.
/// </summary>
internal static class AggregatedPairs
{
    public static IReadOnlyList<PairAccumulator> Accumulate(IAggregatingEventStore store, IReadOnlyList<string> countries,
        IReadOnlyList<(string A, string B)> pairs, ObserverParameters parameters, DateOnly? from, DateOnly? to,
        CancellationToken cancellationToken)
    {
        var accumulators = pairs.Select(p => new PairAccumulator(p.A, p.B, parameters.DriversPerPeriod)).ToList();
        var byDirection = new Dictionary<(string Source, string Target), (PairAccumulator Pair, bool SourceIsA)>();
        var byCountry = new Dictionary<string, List<PairAccumulator>>(StringComparer.Ordinal);
        foreach (var accumulator in accumulators)
        {
            byDirection[(accumulator.CountryA, accumulator.CountryB)] = (accumulator, true);
            byDirection[(accumulator.CountryB, accumulator.CountryA)] = (accumulator, false);
            foreach (var country in new[] { accumulator.CountryA, accumulator.CountryB })
            {
                if (!byCountry.TryGetValue(country, out var list))
                    byCountry[country] = list = [];
                list.Add(accumulator);
            }
        }

        var query = new PairSetQuery(countries, from, to);
        foreach (var t in store.PairTallies(query, cancellationToken))
        {
            if (byDirection.TryGetValue((t.Source, t.Target), out var target))
            {
                target.Pair.AddTally(t.Date, target.SourceIsA, t.Quad, new QuadSums
                {
                    Count = t.Count, GoldsteinMicro = t.GoldsteinMicro, Mentions = t.Mentions, WeightedGoldsteinMicro = t.WeightedGoldsteinMicro,
                });
            }
        }

        if (parameters.DriversPerPeriod > 0)
        {
            foreach (var e in store.StrongestPairEvents(query, parameters.DriversPerPeriod, cancellationToken))
            {
                if (byDirection.TryGetValue((e.Source.Country ?? "", e.Target.Country ?? ""), out var target))
                    target.Pair.AddCandidate(e);
            }
        }

        foreach (var v in store.DailyVolumes(byCountry.Keys.ToList(), from, to, cancellationToken))
        {
            if (byCountry.TryGetValue(v.Country, out var list))
            {
                foreach (var accumulator in list)
                    accumulator.AddVolume(v.Date, v.Country, v.Events);
            }
        }

        return accumulators;
    }
}
