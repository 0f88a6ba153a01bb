using Microsoft.Extensions.Caching.Memory;
using Pendulum.Store;

namespace Pendulum.Web.Store;

/// <summary>
/// Reads the store for the API, keeping results in memory until the store changes: a pair's series is computed once
/// and then served from memory, which keeps the series endpoint fast under load. Callers size each entry in KiB
/// (roughly: what its response weighs) and the cache is bounded by <see cref="CacheSizeLimit"/>.
/// </summary>
public sealed class StoreReader(IStoreSource source) : IDisposable
{
    /// <summary>Total size of cached results, in KiB as the callers estimate them. Default 262,144 (256 MiB).</summary>
    public const long CacheSizeLimit = 256 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CacheSizeLimit });
    private readonly Lock _stampLock = new();
    private string? _stamp;

    /// <summary>
    /// The cached result for <paramref name="key"/>, or <paramref name="compute"/>'s on a fresh store (then cached
    /// with <paramref name="size"/>'s size). Results computed against an older state of the store are never returned.
    /// </summary>
    public T Cached<T>(object key, Func<IEventStore, T> compute, Func<T, long> size)
        where T : class
    {
        var stamp = CurrentStamp();
        var fullKey = (stamp, key);
        if (_cache.TryGetValue(fullKey, out T? hit) && hit is not null)
            return hit;
        var value = Read(compute);
        _cache.Set(fullKey, value, new MemoryCacheEntryOptions { Size = Math.Max(1, size(value)) });
        return value;
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
