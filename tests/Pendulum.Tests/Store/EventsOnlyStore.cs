using Pendulum.Events;
using Pendulum.Store;

namespace Pendulum.Tests.Store;

/// <summary>
/// A store seen only through <see cref="IEventStore"/>: the observer then reads every event, the reference an
/// aggregating store's measurement is compared with.
/// </summary>
internal sealed class EventsOnlyStore(IEventStore inner) : IEventStore
{
    public string Description => inner.Description;

    public IEventWriter BeginWrite() => inner.BeginWrite();

    public IEnumerable<CodedEvent> Events(EventQuery query, CancellationToken cancellationToken = default) => inner.Events(query, cancellationToken);

    public IEnumerable<(DateOnly Date, long Events)> DailyVolume(string country, DateOnly? from = null, DateOnly? to = null) =>
        inner.DailyVolume(country, from, to);

    public IReadOnlyList<PairSummary> Pairs() => inner.Pairs();

    public long CountEvents() => inner.CountEvents();

    public IReadOnlyList<IngestedFile> Files() => inner.Files();

    public IReadOnlyList<IngestedFile> Files(string path) => inner.Files(path);

    // The inner store belongs to whoever made it.
    public void Dispose()
    {
    }
}
