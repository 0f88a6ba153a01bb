using Pendulum.Games;

namespace Pendulum.Reports.Json;

/// <summary>One player's place in <c>pendulum games tournament --format json</c> (an array of these, best first).</summary>
/// <param name="Player">The strategy's name.</param>
/// <param name="MeanPayoffPerTurn">Mean payoff per turn over all its matches.</param>
/// <param name="Rank">1 for the best; ties share a rank.</param>
public sealed record StandingJson(string Player, double? MeanPayoffPerTurn, int Rank)
{
    public static IReadOnlyList<StandingJson> All(TournamentResult result) =>
        [.. result.Standings.Select(s => new StandingJson(s.Strategy.Name, NumberFormat.Json(s.MeanPayoffPerTurn), s.Rank))];
}

/// <summary><c>pendulum games match --format json</c>: one pairing's mean payoff per turn, exact or Monte Carlo.</summary>
/// <param name="Method"><c>exact</c> (Markov chain) or <c>monte_carlo</c>.</param>
/// <param name="A">Side A's strategy.</param>
/// <param name="B">Side B's strategy.</param>
/// <param name="Turns">Turns per match.</param>
/// <param name="Noise">Execution noise.</param>
/// <param name="Runs">Monte Carlo runs; null for exact.</param>
/// <param name="Seed">Monte Carlo master seed; null for exact.</param>
/// <param name="SideA">Side A's payoff.</param>
/// <param name="SideB">Side B's payoff.</param>
public sealed record MatchJson(string Method, string A, string B, int Turns, double? Noise, int? Runs, ulong? Seed, MatchSideJson SideA,
    MatchSideJson SideB);

/// <summary>One side's mean payoff per turn and, for Monte Carlo, its 95% interval (null for exact).</summary>
public sealed record MatchSideJson(double? MeanPayoffPerTurn, IReadOnlyList<double?>? Ci95)
{
    public static MatchSideJson From(double mean, double[]? ci95) =>
        new(NumberFormat.Json(mean), ci95 is null ? null : [.. ci95.Select(NumberFormat.Json)]);
}
