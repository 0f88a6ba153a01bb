using Pendulum.Store;

namespace Pendulum.Web.Seams;

/// <summary>The pair and range an analysis endpoint was asked for, already checked (known codes, from &lt;= to).</summary>
public sealed record PairRange(string CountryA, string CountryB, DateOnly? From, DateOnly? To);

/// <summary>
/// A pair's crises for <c>GET /api/pairs/{A-B}/crises</c>: the detector of <c>Observe/Crises</c> run over the store.
/// The endpoint exists only when an implementation is registered (see <see cref="Analyses.Register"/>).
/// </summary>
public interface ICrisisSource
{
    /// <summary>
    /// The crises of the pair in the range: the response body, as UTF-8 JSON in the shape of
    /// <c>pendulum crises --format json</c>. Called once per state of the store; the result is cached.
    /// </summary>
    byte[] Crises(IEventStore store, PairRange pair, CancellationToken cancellationToken);
}

/// <summary>
/// A pair's channels for <c>GET /api/pairs/{A-B}/channels</c>: each channel's states over time (active, dormant,
/// suspended) with the events behind each change, from <c>Observe/Channels</c>.
/// </summary>
public interface IChannelSource
{
    /// <summary>The channels of the pair in the range, as UTF-8 JSON in the shape of <c>pendulum channels --format json</c>.</summary>
    byte[] Channels(IEventStore store, PairRange pair, CancellationToken cancellationToken);
}
