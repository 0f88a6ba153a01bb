namespace Pendulum.Web.Api.Unga;

/// <summary>The UN General Assembly series of a pair, with their source.</summary>
public sealed record UngaSeriesJson(string Pair, string Source, IReadOnlyList<UngaYearJson> Years);
