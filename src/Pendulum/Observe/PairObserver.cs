using Pendulum.Events.Readers;
using Pendulum.Store;

namespace Pendulum.Observe;

/// <summary>Measures a pair from a store or straight from event files, through one <see cref="PairAccumulator"/>.</summary>
public static class PairObserver
{
    /// <summary>
    /// Measures a pair from the events in a store, with each country's daily volume from the same store. A store that
    /// aggregates itself (<see cref="IAggregatingEventStore"/>) sends per-day sums and driver candidates instead of
    /// every event; the measurement is the same.
    /// </summary>
    public static PairMeasurement FromStore(IEventStore store, string countryA, string countryB, Frequency frequency,
        ObserverParameters parameters, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default) =>
        store is IAggregatingEventStore aggregating
            ? AggregatedPairs.Measure(aggregating, [countryA, countryB], [(countryA, countryB)], parameters, from, to,
                accumulators => [accumulators[0].Measure(frequency, parameters, from, to)], cancellationToken)[0]
            : Accumulate(store, countryA, countryB, parameters, from, to, cancellationToken).Measure(frequency, parameters, from, to);

    /// <summary>Folds a pair's stored events and both countries' volumes, ready to measure.</summary>
    public static PairAccumulator Accumulate(IEventStore store, string countryA, string countryB, ObserverParameters parameters,
        DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        var accumulator = AccumulateEvents(store, countryA, countryB, parameters, from, to, cancellationToken);
        foreach (var country in new[] { countryA, countryB })
            AddVolume(store, country, [accumulator], from, to);
        return accumulator;
    }

    /// <summary>Folds a pair's stored events only; volumes are added with <see cref="AddVolume"/>.</summary>
    internal static PairAccumulator AccumulateEvents(IEventStore store, string countryA, string countryB, ObserverParameters parameters,
        DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var accumulator = new PairAccumulator(countryA, countryB, parameters.DriversPerPeriod);
        foreach (var e in store.Events(new EventQuery(countryA, countryB, from, to), cancellationToken))
            accumulator.Add(e);
        return accumulator;
    }

    /// <summary>Reads a country's daily volume once and adds it to every accumulator given.</summary>
    internal static void AddVolume(IEventStore store, string country, IReadOnlyList<PairAccumulator> accumulators, DateOnly? from, DateOnly? to)
    {
        foreach (var (date, events) in store.DailyVolume(country, from, to))
        {
            foreach (var accumulator in accumulators)
                accumulator.AddVolume(date, country, events);
        }
    }

    /// <summary>
    /// Measures a pair in one streaming pass over event files, storing nothing. Only rows touching either country are
    /// parsed (the readers' actor filter), and they also give each country's volume.
    /// </summary>
    public static PairMeasurement FromFiles(IEnumerable<string> paths, EventFormat format, EventReaderOptions readerOptions,
        string countryA, string countryB, Frequency frequency, ObserverParameters parameters, DateOnly? from = null,
        DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        var accumulator = new PairAccumulator(countryA, countryB, parameters.DriversPerPeriod);
        var options = readerOptions with { Actors = new HashSet<string>(StringComparer.Ordinal) { countryA, countryB }, ActorMatch = ActorMatch.Touching };
        foreach (var path in paths)
        {
            using var reader = EventFile.Open(path, format, options);
            foreach (var e in reader.ReadEvents(cancellationToken))
            {
                if ((from is null || e.Date >= from) && (to is null || e.Date <= to))
                    accumulator.Add(e, countVolume: true);
            }
        }

        return accumulator.Measure(frequency, parameters, from, to);
    }
}
