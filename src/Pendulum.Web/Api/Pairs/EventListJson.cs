namespace Pendulum.Web.Api.Pairs;

/// <summary>A pair's events as <c>GET /api/pairs/{A-B}/events</c> returns them.</summary>
/// <param name="Pair">The pair as asked.</param>
/// <param name="Total">Events of the pair in the range.</param>
/// <param name="Truncated">
/// True when <paramref name="Total"/> exceeds the limit: <paramref name="Events"/> then holds the most-reported
/// events (by mentions), still in date order. The CSV download always holds every event.
/// </param>
/// <param name="Events">The events, in date order, with the fields of <c>pendulum events --format json</c>.</param>
public sealed record EventListJson(string Pair, long Total, bool Truncated, IReadOnlyList<Reports.Json.EventJson> Events);
