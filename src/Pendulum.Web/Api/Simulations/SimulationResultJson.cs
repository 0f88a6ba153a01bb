namespace Pendulum.Web.Api.Simulations;

/// <summary>
/// The body of <c>GET /api/simulations/{id}/result</c>: each scenario's fan of simulated positions and outcomes, and
/// each later scenario's differences from the first (paired runs, as <c>pendulum compare</c>). Fields in docs/cli.md.
/// </summary>
public sealed record SimulationResultJson(int Runs, ulong Seed, IReadOnlyList<ScenarioResultJson> Scenarios, IReadOnlyList<DifferenceJson> Differences);
