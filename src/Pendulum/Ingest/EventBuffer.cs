using Pendulum.Events;
using Pendulum.Store;

namespace Pendulum.Ingest;

/// <summary>Holds the events a filtered read keeps, for a store's transaction to take later.</summary>
internal sealed class EventBuffer : IEventSink
{
    private readonly List<CodedEvent> _events = [];

    public IReadOnlyList<CodedEvent> Events => _events;

    /// <summary>Keeps the events; none counts as new until they are written to a store.</summary>
    public int Add(IReadOnlyList<CodedEvent> events)
    {
        _events.AddRange(events);
        return 0;
    }
}
