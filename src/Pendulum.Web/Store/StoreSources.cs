using Pendulum.Store;

namespace Pendulum.Web.Store;

/// <summary>Opens the store a <c>--db</c> value names, as the command line does (<see cref="EventStore.Open"/>).</summary>
public static class StoreSources
{
    /// <summary>
    /// A PostgreSQL connection string or a <c>scheme://</c> address (<c>clickhouse://</c>, opened by the engine the
    /// program registered for it) gives a server source; anything else names a file, which must exist: serving an
    /// empty store that a typo just created would only confuse.
    /// </summary>
    public static IStoreSource For(string? db)
    {
        if (EventStore.IsConnectionString(db) || EventStore.SchemeOf(db) is not null)
            return new ServerStoreSource(db!);
        var path = Path.GetFullPath(db ?? EventStore.DefaultPath);
        if (!File.Exists(path))
            throw new InputOutputException("no store here; ingest events first (pendulum ingest, or pendulum demo)", path);
        return EventStore.IsRegisteredFile(path) ? new HeldFileStoreSource(path) : new SqliteStoreSource(path);
    }
}
