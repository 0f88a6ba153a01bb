namespace Pendulum.Web.Api;

/// <summary>
/// The endpoint groups this server offers, for <c>GET /api/features</c>: the page shows a tab only when its groups are
/// offered.
/// </summary>
/// <param name="Crises">A pair's crisis episodes: always offered.</param>
/// <param name="Channels">A pair's channel timelines: always offered.</param>
/// <param name="Scenarios">Shipped scenarios to start from: offered when the scenarios folder holds at least one.</param>
/// <param name="Simulations">Runs started from the page: always offered.</param>
public sealed record FeaturesJson(bool Crises, bool Channels, bool Scenarios, bool Simulations);
