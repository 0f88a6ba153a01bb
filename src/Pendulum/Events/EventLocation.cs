namespace Pendulum.Events;

/// <summary>Where an event took place.</summary>
/// <param name="Name">Place name as the dataset gives it.</param>
/// <param name="Country">Country code as the dataset gives it (GDELT uses FIPS 10-4 here, not ISO).</param>
/// <param name="Latitude">Degrees north, WGS 84.</param>
/// <param name="Longitude">Degrees east, WGS 84.</param>
public sealed record EventLocation(string Name, string? Country, double? Latitude, double? Longitude);
