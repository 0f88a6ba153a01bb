using Pendulum.Events;

namespace Pendulum.Store;

/// <summary>
/// A store that sums pair events next to the data (ClickHouse does). The observer then reads per-day sums and the few
/// strongest events instead of every event, and measures exactly what it would measure from the events themselves.
/// A store need not implement it: the observer reads events from any <see cref="IEventStore"/>.
/// </summary>
public interface IAggregatingEventStore : IEventStore
{
    /// <summary>
    /// The query's events (source and target two different countries of the set) summed by source, target, day and
    /// QuadClass, in no particular order.
    /// </summary>
    IEnumerable<PairDayTally> PairTallies(PairSetQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each source, target, day and QuadClass of the query, its <paramref name="perGroup"/> strongest events:
    /// largest <c>|max(mentions, 1) x Goldstein|</c>, ties to the smaller (dataset, event id). More may be returned
    /// (the observer keeps the strongest), none may be missing. In no particular order. The events need carry only
    /// what ranks and places them (dataset, event id, date, source and target country, QuadClass, Goldstein,
    /// mentions): the observer reads the few it keeps as drivers in full with <see cref="EventsByKey"/>.
    /// </summary>
    IEnumerable<CodedEvent> StrongestPairEvents(PairSetQuery query, int perGroup, CancellationToken cancellationToken = default);

    /// <summary>
    /// What <see cref="PairTallies"/> and, when <paramref name="perGroup"/> is positive, <see cref="StrongestPairEvents"/>
    /// give for one query, handed to <paramref name="tally"/> and <paramref name="candidate"/> in any order and
    /// interleaving. A store that walks every pair event anyway (SQLite) does both in one walk; by default, two requests.
    /// </summary>
    void ReadPairs(PairSetQuery query, int perGroup, Action<PairDayTally> tally, Action<CodedEvent> candidate,
        CancellationToken cancellationToken = default)
    {
        foreach (var t in PairTallies(query, cancellationToken))
            tally(t);
        if (perGroup > 0)
        {
            foreach (var e in StrongestPairEvents(query, perGroup, cancellationToken))
                candidate(e);
        }
    }

    /// <summary>The stored events with these (dataset, event id) keys, in full, in no particular order; unknown keys are left out.</summary>
    IEnumerable<CodedEvent> EventsByKey(IReadOnlyCollection<(string Dataset, string EventId)> keys, CancellationToken cancellationToken = default);

    /// <summary>What <see cref="IEventStore.DailyVolume"/> gives, for several countries in one pass, in no particular order.</summary>
    IEnumerable<CountryDayVolume> DailyVolumes(IReadOnlyCollection<string> countries, DateOnly? from = null, DateOnly? to = null,
        CancellationToken cancellationToken = default);
}

/// <summary>Events between any two different countries of a set, over a range of days.</summary>
/// <param name="Countries">ISO alpha-3 codes; an event counts when its source and target are two different members.</param>
/// <param name="From">First day included, or null for no lower bound.</param>
/// <param name="To">Last day included, or null for no upper bound.</param>
public sealed record PairSetQuery(IReadOnlyList<string> Countries, DateOnly? From = null, DateOnly? To = null);

/// <summary>
/// One day's events from <paramref name="Source"/> to <paramref name="Target"/> in one QuadClass, summed the way the
/// observer sums them (<c>Pendulum.Observe.DayTally</c>): Goldstein values in millionths rounded half away from zero,
/// mentions of at least 1.
/// </summary>
/// <param name="Source">Source country.</param>
/// <param name="Target">Target country.</param>
/// <param name="Date">The day.</param>
/// <param name="Quad">The QuadClass.</param>
/// <param name="Count">Events.</param>
/// <param name="GoldsteinMicro">Sum of <c>round(goldstein x 10^6)</c>.</param>
/// <param name="Mentions">Sum of <c>max(mentions, 1)</c>.</param>
/// <param name="WeightedGoldsteinMicro">Sum of <c>round(goldstein x 10^6) x max(mentions, 1)</c>.</param>
public readonly record struct PairDayTally(string Source, string Target, DateOnly Date, QuadClass Quad, long Count,
    long GoldsteinMicro, long Mentions, long WeightedGoldsteinMicro);

/// <summary>Events on one day in which a country is source or target (counted once when it is both).</summary>
public readonly record struct CountryDayVolume(string Country, DateOnly Date, long Events);
