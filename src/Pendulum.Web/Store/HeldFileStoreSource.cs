using Pendulum.Store;

namespace Pendulum.Web.Store;

/// <summary>
/// A file of an engine that lets one process open it at a time (DuckDB): the source holds it open while the app runs,
/// so the requests' stores share it within the process, and another process that wants to write it is told at once
/// which process holds it (rather than the app's requests failing whenever an ingest has it). Its stamp comes from
/// the files ingested, as a server store's does.
/// </summary>
internal sealed class HeldFileStoreSource(string path) : IStoreSource, IDisposable
{
    private readonly IEventStore _held = EventStore.Open(path);

    public IEventStore Open() => EventStore.Open(path);

    // A store of its own per call (sharing the held database), as requests come on many threads at once.
    public string Stamp()
    {
        using var store = Open();
        return ServerStoreSource.StampOf(store);
    }

    public void Dispose() => _held.Dispose();
}
