using Pendulum.Events;
using Pendulum.Store;

namespace Pendulum.Web.Store;

/// <summary>
/// A store whose <see cref="IEventStore.DailyVolume"/> answers come from the reader's cache. Every pair's measurement
/// reads both countries' daily volumes, a scan of the whole dyad index each; the fifteen busiest pairs of a store
/// mostly share one country, so the web app reads each country's volume once per state of the store, not once per pair.
/// </summary>
internal sealed class SharedVolumeStore(IEventStore inner, StoreReader reader, string stamp) : IEventStore, IPeriodCountStore
{
    public string Description => inner.Description;

    public IEventWriter BeginWrite() => inner.BeginWrite();

    public IEnumerable<CodedEvent> Events(EventQuery query, CancellationToken cancellationToken = default) => inner.Events(query, cancellationToken);

    public IEnumerable<(DateOnly Date, long Events)> DailyVolume(string country, DateOnly? from = null, DateOnly? to = null) =>
        reader.Volume(stamp, country, from, to, () => inner.DailyVolume(country, from, to).ToArray());

    public IReadOnlyList<PairSummary> Pairs() => inner.Pairs();

    public long CountEvents() => inner.CountEvents();

    public IReadOnlyList<IngestedFile> Files() => inner.Files();

    public IReadOnlyList<IngestedFile> Files(string path) => inner.Files(path);

    // Period aggregates pass through, so pairs held as counts read the same here as from the store itself.
    public IReadOnlyList<Events.Aggregates.PeriodCount> PeriodCounts(IReadOnlyCollection<string> countries, CancellationToken cancellationToken = default) =>
        inner is IPeriodCountStore counts ? counts.PeriodCounts(countries, cancellationToken) : [];

    public IReadOnlyList<PairSummary> PeriodCountPairs() => inner is IPeriodCountStore counts ? counts.PeriodCountPairs() : [];

    public void Dispose() => inner.Dispose();
}
