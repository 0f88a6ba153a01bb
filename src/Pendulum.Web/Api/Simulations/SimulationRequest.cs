namespace Pendulum.Web.Api.Simulations;

/// <summary>What <c>POST /api/simulations</c> asks for: one scenario, or several compared on the same seeds.</summary>
/// <param name="Scenarios">The first is the base of the comparison.</param>
/// <param name="Runs">Monte Carlo runs of each scenario. Default 500.</param>
/// <param name="Years">The horizon, replacing each scenario's <c>years</c> when given.</param>
/// <param name="Seed">Master seed; run r of every scenario shares its stream. Default 1.</param>
public sealed record SimulationRequest(IReadOnlyList<ScenarioText> Scenarios, int Runs = 500, int? Years = null, ulong Seed = 1);
