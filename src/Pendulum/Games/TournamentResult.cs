namespace Pendulum.Games;

/// <summary>An entrant's place in a tournament.</summary>
/// <param name="Strategy">The entrant.</param>
/// <param name="MeanPayoffPerTurn">Its payoff per turn, averaged over every turn of every match against the others.</param>
/// <param name="Rank">1 for the best score; entrants with equal scores share the best rank among them (1, 2, 2, 4).</param>
public sealed record TournamentStanding(Strategy Strategy, double MeanPayoffPerTurn, int Rank);

/// <summary>A finished round robin.</summary>
/// <param name="Standings">Best score first; equal scores keep the order the entrants were given in.</param>
/// <param name="Entrants">The entrants in the order given.</param>
/// <param name="PayoffPerTurn">
/// <c>PayoffPerTurn[i, j]</c>: entrant i's mean payoff per turn against entrant j (indices into <paramref name="Entrants"/>);
/// NaN on the diagonal, since nobody plays itself.
/// </param>
public sealed record TournamentResult(IReadOnlyList<TournamentStanding> Standings, IReadOnlyList<Strategy> Entrants,
    double[,] PayoffPerTurn)
{
    internal static TournamentResult From(IReadOnlyList<Strategy> entrants, IReadOnlyList<(int I, int J)> pairs,
        IReadOnlyList<MatchOutcome> byPair, Payoffs payoffs)
    {
        var n = entrants.Count;
        var matrix = new double[n, n];
        var seen = new MatchOutcome[n]; // each entrant's turns, from its own side, over all its matches
        for (var i = 0; i < n; i++)
            matrix[i, i] = double.NaN;
        for (var p = 0; p < pairs.Count; p++)
        {
            var (i, j) = pairs[p];
            matrix[i, j] = byPair[p].PayoffPerTurnA(payoffs);
            matrix[j, i] = byPair[p].PayoffPerTurnB(payoffs);
            seen[i] += byPair[p];
            seen[j] += byPair[p].Swapped;
        }

        var scores = seen.Select(s => s.PayoffPerTurnA(payoffs)).ToArray();
        var standings = Enumerable.Range(0, n)
            .OrderByDescending(i => scores[i]) // a stable sort: ties stay in entry order
            .Select(i => new TournamentStanding(entrants[i], scores[i], 1 + scores.Count(s => s > scores[i])))
            .ToList();
        return new TournamentResult(standings, entrants, matrix);
    }
}
