using Pendulum.Store;

namespace Pendulum.Observe;

/// <summary>
/// Fills pair accumulators from a store that aggregates itself: per-day sums, the day's strongest events as driver
/// candidates, and the countries' volumes, each in one request for every pair at once.
/// </summary>
internal static class AggregatedPairs
{
    /// <summary>Accumulates the pairs from the store's sums, measures them with <paramref name="measure"/>, then reads the drivers in full.</summary>
    public static IReadOnlyList<PairMeasurement> Measure(IAggregatingEventStore store, IReadOnlyList<string> countries,
        IReadOnlyList<(string A, string B)> pairs, ObserverParameters parameters, DateOnly? from, DateOnly? to,
        Func<IReadOnlyList<PairAccumulator>, IReadOnlyList<PairMeasurement>> measure, CancellationToken cancellationToken)
    {
        var measurements = measure(Accumulate(store, countries, pairs, parameters, from, to, cancellationToken));
        return WithFullDrivers(store, measurements, cancellationToken);
    }

    private static IReadOnlyList<PairAccumulator> Accumulate(IAggregatingEventStore store, IReadOnlyList<string> countries,
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
        store.ReadPairs(query, parameters.DriversPerPeriod,
            t =>
            {
                if (byDirection.TryGetValue((t.Source, t.Target), out var target))
                {
                    target.Pair.AddTally(t.Date, target.SourceIsA, t.Quad, new QuadSums
                    {
                        Count = t.Count,
                        GoldsteinMicro = t.GoldsteinMicro,
                        Mentions = t.Mentions,
                        WeightedGoldsteinMicro = t.WeightedGoldsteinMicro,
                    });
                }
            },
            e =>
            {
                if (byDirection.TryGetValue((e.Source.Country ?? "", e.Target.Country ?? ""), out var target))
                    target.Pair.AddCandidate(e);
            },
            cancellationToken);

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

    /// <summary>
    /// Driver candidates may come with only their ranking fields; the drivers kept (a few per period) are read back in
    /// full and put in their place, contributions unchanged.
    /// </summary>
    private static IReadOnlyList<PairMeasurement> WithFullDrivers(IAggregatingEventStore store, IReadOnlyList<PairMeasurement> measurements,
        CancellationToken cancellationToken)
    {
        var keys = measurements.SelectMany(m => m.Periods).SelectMany(p => p.Drivers).Select(d => (d.Event.Dataset, d.Event.EventId)).ToHashSet();
        if (keys.Count == 0)
            return measurements;
        var full = store.EventsByKey(keys, cancellationToken).ToDictionary(e => (e.Dataset, e.EventId));
        return measurements.Select(m => m with
        {
            Periods = m.Periods.Select(p => p.Drivers.Count == 0 ? p : p with
            {
                Drivers = p.Drivers.Select(d => d with { Event = Full(full, d.Event, store) }).ToList(),
            }).ToList(),
        }).ToList();
    }

    private static Events.CodedEvent Full(Dictionary<(string, string), Events.CodedEvent> full, Events.CodedEvent e, IEventStore store) =>
        full.TryGetValue((e.Dataset, e.EventId), out var stored)
            ? stored
            : throw new InputOutputException($"driver event {e.Dataset}/{e.EventId} was ranked but is not in the store", store.Description);
}
