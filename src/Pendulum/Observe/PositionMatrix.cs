using Pendulum.Events.Readers;
using Pendulum.Store;

namespace Pendulum.Observe;

/// <summary>Every pair of a set of countries at one date: allies do not fully trust each other either.</summary>
/// <param name="At">The day the positions are taken at (beliefs as of the end of that day).</param>
/// <param name="Countries">The countries, in the order asked for.</param>
/// <param name="Pairs">One entry per unordered pair, in the order (0,1), (0,2), ..., (1,2), ...</param>
public sealed record PositionMatrix(DateOnly At, IReadOnlyList<string> Countries, IReadOnlyList<PairPosition> Pairs)
{
    /// <summary>The position of the pair of countries <paramref name="i"/> and <paramref name="j"/>; null on the diagonal.</summary>
    public double? Position(int i, int j)
    {
        if (i == j)
            return null;
        var (a, b) = (Countries[Math.Min(i, j)], Countries[Math.Max(i, j)]);
        return Pairs.First(p => p.CountryA == a && p.CountryB == b).Position;
    }
}

/// <summary>One pair's standing at a date.</summary>
public sealed record PairPosition(string CountryA, string CountryB, long Events, double MuAb, double MuBa, double Position,
    Belief.TrustZone Zone);

/// <summary>Measures every pair of a set of countries, from a store or in one pass over files.</summary>
public static class ManyPairs
{
    /// <summary>All unordered pairs of <paramref name="countries"/>, in a stable order.</summary>
    public static IEnumerable<(string A, string B)> PairsOf(IReadOnlyList<string> countries)
    {
        for (var i = 0; i < countries.Count; i++)
        {
            for (var j = i + 1; j < countries.Count; j++)
                yield return (countries[i], countries[j]);
        }
    }

    /// <summary>
    /// Measures every pair of <paramref name="countries"/> from a store: pair by pair, or, from a store that aggregates
    /// itself (<see cref="IAggregatingEventStore"/>), all pairs from one set of requests.
    /// </summary>
    /// <remarks>
    /// A pair without event rows that the store holds as period aggregates is read from them at their own period, the
    /// period being the step (<see cref="PeriodAggregateObserver"/>); its measurement's frequency says so. In a matrix
    /// at a date, such a pair stands where its reading of the period holding the date left it.
    /// </remarks>
    public static IReadOnlyList<PairMeasurement> FromStore(IEventStore store, IReadOnlyList<string> countries, Frequency frequency,
        ObserverParameters parameters, DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        var pairs = PairsOf(Check(countries)).ToList();
        var measured = store is IAggregatingEventStore aggregating
            ? AggregatedPairs.Measure(aggregating, countries, pairs, parameters, from, to,
                accumulators => MeasureAll(accumulators, frequency, parameters, from, to), cancellationToken)
            : MeasureAll(AccumulateEach(store, countries, pairs, parameters, from, to, cancellationToken), frequency, parameters, from, to);
        if (store is not IPeriodCountStore aggregates)
            return measured;
        var counts = aggregates.PeriodCounts(countries, cancellationToken);
        if (counts.Count == 0)
            return measured;
        return measured.Select(m =>
        {
            if (m.Periods.Any(p => p.Events > 0))
                return m;
            var pair = counts.Where(c => (c.Source == m.CountryA && c.Target == m.CountryB) || (c.Source == m.CountryB && c.Target == m.CountryA)).ToList();
            return pair.Count == 0
                ? m
                : PeriodAggregateObserver.Measure(m.CountryA, m.CountryB, pair, parameters, from, to)
                    with
                { Settings = Pairs.ObserverSettings.PeriodAggregates with { Observer = parameters } };
        }).ToList();
    }

    // Pair by pair for the events; each country's volume is read once (a scan in the SQL stores) and shared by its pairs.
    private static List<PairAccumulator> AccumulateEach(IEventStore store, IReadOnlyList<string> countries, IReadOnlyList<(string A, string B)> pairs,
        ObserverParameters parameters, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var accumulators = pairs.Select(p => PairObserver.AccumulateEvents(store, p.A, p.B, parameters, from, to, cancellationToken)).ToList();
        foreach (var country in countries)
            PairObserver.AddVolume(store, country, accumulators.Where(a => a.CountryA == country || a.CountryB == country).ToList(), from, to);
        return accumulators;
    }

    // Every pair is measured over the same range (the union of their events when no range is given), so rows line up
    // and a quiet pair shows as quiet rather than missing.
    private static IReadOnlyList<PairMeasurement> MeasureAll(IReadOnlyList<PairAccumulator> accumulators, Frequency frequency,
        ObserverParameters parameters, DateOnly? from, DateOnly? to)
    {
        var spans = accumulators.Select(a => a.Span).OfType<(DateOnly First, DateOnly Last)>().ToList();
        if (spans.Count > 0)
        {
            from ??= spans.Min(s => s.First);
            to ??= spans.Max(s => s.Last);
        }

        return accumulators.Select(a => a.Measure(frequency, parameters, from, to)).ToList();
    }

    public static IReadOnlyList<PairMeasurement> FromFiles(IEnumerable<string> paths, EventFormat format, EventReaderOptions readerOptions,
        IReadOnlyList<string> countries, Frequency frequency, ObserverParameters parameters, DateOnly? from, DateOnly? to,
        CancellationToken cancellationToken = default)
    {
        var accumulators = PairsOf(Check(countries)).Select(p => new PairAccumulator(p.A, p.B, parameters.DriversPerPeriod)).ToList();
        var options = readerOptions with { Actors = countries.ToHashSet(StringComparer.Ordinal), ActorMatch = ActorMatch.Touching };
        foreach (var path in paths)
        {
            using var reader = EventFile.Open(path, format, options);
            foreach (var e in reader.ReadEvents(cancellationToken))
            {
                if ((from is null || e.Date >= from) && (to is null || e.Date <= to))
                {
                    foreach (var accumulator in accumulators)
                        accumulator.Add(e, countVolume: true);
                }
            }
        }

        return MeasureAll(accumulators, frequency, parameters, from, to);
    }

    /// <summary>
    /// The matrix at <paramref name="at"/>, from each pair measured by day up to that day: beliefs as of its end.
    /// A pair without events before the date stands at the prior.
    /// </summary>
    public static PositionMatrix At(DateOnly at, IReadOnlyList<string> countries, IReadOnlyList<PairMeasurement> byDayUpToAt)
    {
        var pairs = byDayUpToAt.Select(m =>
        {
            var last = m.Periods.Count > 0 ? m.Periods[^1] : null;
            var prior = m.Parameters.Belief.Prior;
            return last is null
                ? new PairPosition(m.CountryA, m.CountryB, 0, prior, prior, Belief.BeliefFilter.Position(prior, prior), Belief.TrustZones.Of(prior, m.Parameters.Belief))
                : new PairPosition(m.CountryA, m.CountryB, m.Periods.Sum(p => p.Events), last.MuAb, last.MuBa, last.Position, last.Zone);
        }).ToList();
        return new PositionMatrix(at, countries, pairs);
    }

    /// <summary>
    /// Reads the date of a matrix: a day (<c>YYYY-MM-DD</c>) as itself, a month (<c>YYYY-MM</c>) as its last day, so
    /// a month's matrix holds the beliefs at its end. Null when the text is neither.
    /// </summary>
    public static DateOnly? ParseAt(string text)
    {
        var style = System.Globalization.DateTimeStyles.None;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, style, out var day))
            return day;
        if (DateOnly.TryParseExact(text, "yyyy-MM", culture, style, out var month))
            return month.AddMonths(1).AddDays(-1);
        return null;
    }

    private static IReadOnlyList<string> Check(IReadOnlyList<string> countries)
    {
        if (countries.Count < 2)
            throw new UsageException("give at least two countries", "--actors");
        if (countries.Distinct().Count() != countries.Count)
            throw new UsageException("a country is listed twice", "--actors");
        return countries;
    }
}
