using System.Globalization;
using Pendulum.Store;

namespace Pendulum.Web.Store;

/// <summary>Opens the store a <c>--db</c> value names, as the command line does (<see cref="EventStore.Open"/>).</summary>
public static class StoreSources
{
    /// <summary>
    /// A PostgreSQL connection string gives a server source; anything else names an SQLite file, which must exist:
    /// serving an empty store that a typo just created would only confuse.
    /// </summary>
    public static IStoreSource For(string? db)
    {
        if (EventStore.IsConnectionString(db))
            return new ServerStoreSource(db!);
        var path = Path.GetFullPath(db ?? EventStore.DefaultPath);
        if (!File.Exists(path))
            throw new InputOutputException("no store here; ingest events first (pendulum ingest, or pendulum demo)", path);
        return EventStore.IsRegisteredFile(path) ? new HeldFileStoreSource(path) : new SqliteStoreSource(path);
    }
}

/// <summary>An SQLite file. Its stamp is the file's size and last write time, read without opening it.</summary>
internal sealed class SqliteStoreSource(string path) : IStoreSource
{
    public IEventStore Open() => SqliteEventStore.Open(path);

    public string Stamp()
    {
        // A committed ingest rewrites pages of the main file (rollback journal mode), so its time and size move.
        var file = new FileInfo(path);
        return file.Exists ? string.Create(CultureInfo.InvariantCulture, $"{file.Length}:{file.LastWriteTimeUtc.Ticks}") : "missing";
    }
}

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

/// <summary>A PostgreSQL store. Its stamp comes from the files ingested: every ingest records or updates one.</summary>
internal sealed class ServerStoreSource(string connectionString) : IStoreSource
{
    public IEventStore Open() => EventStore.Open(connectionString);

    public string Stamp()
    {
        using var store = Open();
        return StampOf(store);
    }

    /// <summary>The number of files, the last ingest's time and the events it added, from the files ingested.</summary>
    internal static string StampOf(IEventStore store)
    {
        var files = store.Files();
        var last = files.Count == 0 ? DateTimeOffset.MinValue : files.Max(f => f.IngestedAt);
        return string.Create(CultureInfo.InvariantCulture, $"{files.Count}:{last.UtcTicks}:{files.Sum(f => f.RowsInserted)}");
    }
}
