using Pendulum.Events.Aggregates;

namespace Pendulum.Store;

/// <summary>
/// A store that keeps period aggregates (pair x period x QuadClass counts) beside events, in a table of their own
/// (<c>period_counts</c>, docs/store.md). A count is keyed by dataset, directed pair, period and period start, and
/// stored once however often its file is ingested, as events are.
/// </summary>
public interface IPeriodCountStore
{
    /// <summary>
    /// The counts whose source and target are both among <paramref name="countries"/>, ordered by source, target,
    /// period and period start.
    /// </summary>
    IReadOnlyList<PeriodCount> PeriodCounts(IReadOnlyCollection<string> countries, CancellationToken cancellationToken = default);

    /// <summary>Every pair with period counts, most events first (ties by codes), as <see cref="IEventStore.Pairs"/> gives event pairs.</summary>
    IReadOnlyList<PairSummary> PeriodCountPairs();
}

/// <summary>A write transaction that also takes period aggregates (the writers of every <see cref="IPeriodCountStore"/>).</summary>
public interface IPeriodCountSink
{
    /// <summary>Adds counts inside the file's transaction; returns how many were new (the others were stored already).</summary>
    long AddPeriodCounts(IReadOnlyList<PeriodCount> counts);
}
