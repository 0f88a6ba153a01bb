using System.Globalization;
using Pendulum.Store;

namespace Pendulum.Web.Store;

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
