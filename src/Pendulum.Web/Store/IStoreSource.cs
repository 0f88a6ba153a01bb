using Pendulum.Store;

namespace Pendulum.Web.Store;

/// <summary>
/// Where the web app's store is. Each request opens its own store (a store holds one connection and is not shared
/// between threads) and disposes it when done.
/// </summary>
public interface IStoreSource
{
    /// <summary>Opens the store for one request.</summary>
    IEventStore Open();

    /// <summary>
    /// A value that changes whenever the store's content may have changed; cached results are dropped when it does.
    /// </summary>
    string Stamp();
}
