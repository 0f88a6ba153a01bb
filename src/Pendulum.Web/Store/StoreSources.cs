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
        return new SqliteStoreSource(path);
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

/// <summary>A PostgreSQL store. Its stamp comes from the files ingested: every ingest records or updates one.</summary>
internal sealed class ServerStoreSource(string connectionString) : IStoreSource
{
    public IEventStore Open() => EventStore.Open(connectionString);

    public string Stamp()
    {
        using var store = Open();
        var files = store.Files();
        var last = files.Count == 0 ? DateTimeOffset.MinValue : files.Max(f => f.IngestedAt);
        return string.Create(CultureInfo.InvariantCulture, $"{files.Count}:{last.UtcTicks}:{files.Sum(f => f.RowsInserted)}");
    }
}
