using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Pendulum.Store;

namespace Pendulum.Web.Store;

/// <summary>
/// Reads the store for the API, keeping results in memory until the store changes: a pair's series is computed once
/// and then served from memory, which keeps the series endpoint fast under load. Requests that miss on the same key
/// at the same time share one computation, so a burst on a cold server computes each result once instead of once per
/// request. Callers size each entry in KiB (roughly what its response weighs); the cache is bounded by
/// <see cref="CacheSizeLimit"/>.
/// </summary>
public sealed class StoreReader(IStoreSource source) : IDisposable
{
    /// <summary>Total size of cached results, in KiB as the callers estimate them. Default 262,144 (256 MiB).</summary>
    public const long CacheSizeLimit = 256 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CacheSizeLimit });
    private readonly ConcurrentDictionary<(string Stamp, object Key), Lazy<Task<object>>> _running = new();
    private readonly Lock _stampLock = new();
    private string? _stamp;

    /// <summary>
    /// The cached result for <paramref name="key"/>, or <paramref name="compute"/>'s on a fresh store (then cached
    /// with <paramref name="size"/>'s size, in KiB). Results computed against an older state of the store are never
    /// returned. <paramref name="cancellationToken"/> stops this caller's wait, not a computation others may share.
    /// </summary>
    public async Task<T> CachedAsync<T>(object key, Func<IEventStore, T> compute, Func<T, long> size, CancellationToken cancellationToken)
        where T : class
    {
        var fullKey = (CurrentStamp(), key);
        if (_cache.TryGetValue(fullKey, out T? hit) && hit is not null)
            return hit;
        var running = _running.GetOrAdd(fullKey, k => new Lazy<Task<object>>(() => Task.Run(() =>
        {
            try
            {
                using var store = new SharedVolumeStore(source.Open(), this, k.Stamp);
                var value = compute(store);
                _cache.Set(k, value, new MemoryCacheEntryOptions { Size = Math.Max(1, size(value)) });
                return (object)value;
            }
            finally
            {
                _running.TryRemove(k, out _);
            }
        }, CancellationToken.None)));
        return (T)await running.Value.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// A country's daily volume over a range, read once per state of the store and shared by every measurement that
    /// needs it (see <see cref="SharedVolumeStore"/>).
    /// </summary>
    internal (DateOnly Date, long Events)[] Volume(string stamp, string country, DateOnly? from, DateOnly? to, Func<(DateOnly, long)[]> read)
    {
        var key = (stamp, "volume", country, from, to);
        var shared = _cache.GetOrCreate(key, entry =>
        {
            entry.Size = 16; // KiB: a day's date and count, for some years of days
            return new Lazy<(DateOnly, long)[]>(read);
        })!;
        try
        {
            return shared.Value;
        }
        catch
        {
            _cache.Remove(key); // a failed read is not kept: the next request tries again
            throw;
        }
    }

    /// <summary>Reads the store without caching (streams such as event downloads).</summary>
    public T Read<T>(Func<IEventStore, T> read)
    {
        using var store = source.Open();
        return read(store);
    }

    /// <summary>Opens the store for a caller that streams from it and disposes it itself.</summary>
    public IEventStore Open() => source.Open();

    private string CurrentStamp()
    {
        var stamp = source.Stamp();
        lock (_stampLock)
        {
            if (stamp != _stamp)
            {
                // Entries of an older stamp can never be hit again; drop them now rather than wait for eviction.
                _cache.Clear();
                _stamp = stamp;
            }
        }

        return stamp;
    }

    public void Dispose() => _cache.Dispose();
}
