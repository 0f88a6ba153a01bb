namespace Pendulum.Store;

/// <summary>The pairs a store can show: pairs with events, and pairs held only as period aggregates.</summary>
public static class StorePairs
{
    /// <summary>
    /// <see cref="IEventStore.Pairs"/>, followed by the pairs a <see cref="IPeriodCountStore"/> holds only as period
    /// counts (their first and last period start as first and last day), busiest first within each group.
    /// </summary>
    public static IReadOnlyList<PairSummary> Of(IEventStore store)
    {
        var pairs = store.Pairs();
        if (store is not IPeriodCountStore counts)
            return pairs;
        var known = pairs.Select(p => (p.CountryA, p.CountryB)).ToHashSet();
        return [.. pairs, .. counts.PeriodCountPairs().Where(p => !known.Contains((p.CountryA, p.CountryB)))];
    }
}
