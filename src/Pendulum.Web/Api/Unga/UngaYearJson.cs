namespace Pendulum.Web.Api.Unga;

/// <summary>One year of the UN General Assembly series for a pair.</summary>
/// <param name="Year">The year (session n is 1945 + n).</param>
/// <param name="Agreement">Share of votes alike, in [0, 1]; null when the file has no agreement column for either country.</param>
/// <param name="Distance">Distance between the two ideal points; null when either is missing.</param>
public sealed record UngaYearJson(int Year, double? Agreement, double? Distance);
