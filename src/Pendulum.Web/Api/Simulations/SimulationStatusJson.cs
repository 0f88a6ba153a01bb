namespace Pendulum.Web.Api.Simulations;

/// <summary>A simulation's state for <c>GET /api/simulations/{id}</c>.</summary>
/// <param name="Id">The simulation's id, as in its URL.</param>
/// <param name="State"><c>running</c>, <c>done</c>, <c>failed</c> or <c>cancelled</c>.</param>
/// <param name="Progress">Share done, in [0, 1].</param>
/// <param name="Runs">Monte Carlo runs.</param>
/// <param name="Steps">Time steps per run.</param>
/// <param name="Error">Why it failed, when it did.</param>
public sealed record SimulationStatusJson(string Id, string State, double Progress, long Runs, long Steps, string? Error);
