using System.Globalization;
using Pendulum.Store;

namespace Pendulum.Web.Store;

/// <summary>A server store (PostgreSQL, ClickHouse). Its stamp comes from the files ingested: every ingest records or updates one.</summary>
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
