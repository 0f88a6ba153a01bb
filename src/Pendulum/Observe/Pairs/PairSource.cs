using Pendulum.Events;
using Pendulum.Events.Readers;
using Pendulum.Store;

namespace Pendulum.Observe.Pairs;

/// <summary>
/// The one way a pair's events are read, from a store or straight from event files: both directions, in date order,
/// with the pair's whole earlier history (a <see cref="PairWindow"/>'s <c>From</c> limits what is shown, not what is
/// read). Files are read again for each use and nothing is stored.
/// </summary>
public sealed class PairSource
{
    private readonly IEventStore? _store;
    private readonly IReadOnlyList<string> _files;
    private readonly EventFormat _format;
    private readonly EventReaderOptions _options;

    private PairSource(IEventStore? store, IReadOnlyList<string> files, EventFormat format, EventReaderOptions options) =>
        (_store, _files, _format, _options) = (store, files, format, options);

    /// <summary>A pair's events from a store (the caller keeps and disposes the store).</summary>
    public static PairSource FromStore(IEventStore store) => new(store, [], EventFormat.Auto, new EventReaderOptions());

    /// <summary>A pair's events from event files, read in the order given.</summary>
    public static PairSource FromFiles(IReadOnlyList<string> files, EventFormat format = EventFormat.Auto, EventReaderOptions? options = null) =>
        new(null, files, format, options ?? new EventReaderOptions());

    /// <summary>The store's description, or how many files are read.</summary>
    public string Description => _store?.Description ?? $"{_files.Count} file(s)";

    /// <summary>
    /// The pair's events, both directions, from its first event to <paramref name="to"/> (or its last), ordered by
    /// date, dataset and event id. Streams from a store; from files, the pair's rows are collected and sorted.
    /// </summary>
    public IEnumerable<CodedEvent> Events(string countryA, string countryB, DateOnly? to, CancellationToken cancellationToken = default)
    {
        if (_store is not null)
            return _store.Events(new EventQuery(countryA, countryB, null, to), cancellationToken);
        var events = new List<CodedEvent>();
        foreach (var e in ReadFiles(countryA, countryB, cancellationToken))
        {
            if (IsPair(e, countryA, countryB) && (to is null || e.Date <= to))
                events.Add(e);
        }

        events.Sort(EventKey.Compare);
        return events;
    }

    /// <summary>
    /// The density of the pair's rows up to the window's end (<see cref="ObserverSettings.DensityOf"/>). A store
    /// without any hand-coded file, or files none of which is Pendulum CSV, is media volume without reading a row.
    /// </summary>
    public EvidenceDensity Density(PairWindow window, CancellationToken cancellationToken = default)
    {
        if (PeriodCounts(window).Count > 0 && !Events(window.CountryA, window.CountryB, window.To, cancellationToken).Any())
            return EvidenceDensity.PeriodAggregates;
        var anyHandCoded = _store is not null
            ? _store.Files().Any(f => f.Format == EventFormat.Pendulum.Name())
            : _files.Any(IsPendulumCsv);
        return anyHandCoded
            ? ObserverSettings.DensityOf(Events(window.CountryA, window.CountryB, window.To, cancellationToken))
            : EvidenceDensity.MediaVolume;
    }

    /// <summary>
    /// Measures the pair with <paramref name="settings"/>: the belief is walked from the pair's first event (or the
    /// window's start, if earlier) and the periods before the one holding <see cref="PairWindow.From"/> are dropped.
    /// Media volume from a store takes the store's aggregate path; act records read the hand-coded rows only; period
    /// aggregates are read at their own period, the period being the step, whatever <paramref name="frequency"/> says.
    /// </summary>
    public PairMeasurement Measure(PairWindow window, Frequency frequency, ObserverSettings settings, CancellationToken cancellationToken = default)
    {
        var parameters = settings.Observer;
        var (a, b) = (window.CountryA, window.CountryB);
        if (settings.Density == EvidenceDensity.PeriodAggregates)
            return PeriodAggregateObserver.Measure(a, b, PeriodCounts(window), parameters, window.From, window.To) with { Settings = settings };
        if (settings.Density == EvidenceDensity.ActRecords)
        {
            var accumulator = new PairAccumulator(a, b, parameters.DriversPerPeriod);
            foreach (var e in Events(a, b, window.To, cancellationToken))
            {
                if (settings.Reads(e))
                    accumulator.Add(e, countVolume: true);
            }

            return Shown(accumulator, window, frequency, settings);
        }

        if (_store is IAggregatingEventStore aggregating)
        {
            return AggregatedPairs.Measure(aggregating, [a, b], [(a, b)], parameters, null, window.To,
                accumulators => [Shown(accumulators[0], window, frequency, settings)], cancellationToken)[0];
        }

        if (_store is not null)
            return Shown(PairObserver.Accumulate(_store, a, b, parameters, null, window.To, cancellationToken), window, frequency, settings);

        var fromFiles = new PairAccumulator(a, b, parameters.DriversPerPeriod);
        foreach (var e in ReadFiles(a, b, cancellationToken))
        {
            if (window.To is null || e.Date <= window.To)
                fromFiles.Add(e, countVolume: true);
        }

        return Shown(fromFiles, window, frequency, settings);
    }

    /// <summary>The pair's period aggregates from a store that keeps them; none from files or other stores.</summary>
    public IReadOnlyList<Events.Aggregates.PeriodCount> PeriodCounts(PairWindow window) =>
        _store is IPeriodCountStore counts ? counts.PeriodCounts([window.CountryA, window.CountryB]) : [];

    // Walks the belief over everything read, then keeps the periods from the one that holds the window's first day.
    private static PairMeasurement Shown(PairAccumulator accumulator, PairWindow window, Frequency frequency, ObserverSettings settings)
    {
        var parameters = settings.Observer;
        var start = accumulator.Span is { } span && window.From is { } from && from < span.First ? from : (DateOnly?)null;
        if (accumulator.Span is null)
            start = window.From;
        var measurement = accumulator.Measure(frequency, parameters, start, window.To) with { Settings = settings };
        if (window.From is not { } shownFrom)
            return measurement;
        var first = frequency.PeriodStart(shownFrom);
        return measurement with { Periods = measurement.Periods.Where(p => p.Period >= first).ToList() };
    }

    private IEnumerable<CodedEvent> ReadFiles(string countryA, string countryB, CancellationToken cancellationToken)
    {
        var options = _options with { Actors = new HashSet<string>(StringComparer.Ordinal) { countryA, countryB }, ActorMatch = ActorMatch.Touching };
        foreach (var path in _files)
        {
            using var reader = EventFile.Open(path, _format, options);
            foreach (var e in reader.ReadEvents(cancellationToken))
                yield return e;
        }
    }

    private bool IsPendulumCsv(string path)
    {
        if (_format != EventFormat.Auto)
            return _format == EventFormat.Pendulum;
        using var reader = EventFile.Open(path, _format, _options);
        return reader.Report.Format == EventFormat.Pendulum;
    }

    private static bool IsPair(CodedEvent e, string a, string b) =>
        (e.Source.Country == a && e.Target.Country == b) || (e.Source.Country == b && e.Target.Country == a);
}
