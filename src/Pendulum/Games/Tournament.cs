using Pendulum.Internals;

namespace Pendulum.Games;

/// <summary>
/// A round robin: every pair of distinct entrants plays <see cref="MonteCarloOptions.Runs"/> matches (repetitions);
/// nobody plays itself. An entrant's score is its mean payoff per turn over all its matches against the others.
/// </summary>
public static class Tournament
{
    /// <summary>Repetitions of one pairing per parallel chunk.</summary>
    private const int ChunkMatches = 1024;

    /// <summary>
    /// Plays the round robin. Pairing p (pairs (i, j), i &lt; j, in order) plays its repetition r as run
    /// <c>p * repetitions + r</c> of the master seed, with entrant i as side A. Outcomes are integer counts, summed exactly.
    /// </summary>
    /// <param name="entrants">At least two strategies with distinct names.</param>
    /// <param name="match">Turns, noise and payoffs of every match.</param>
    /// <param name="repetitions">Runs = matches per pairing; seed; threads.</param>
    /// <param name="cancel">Checked between chunks of matches.</param>
    public static TournamentResult Run(IReadOnlyList<Strategy> entrants, MatchOptions match, MonteCarloOptions repetitions,
        CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(entrants);
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(repetitions);
        match.Validate();
        repetitions.Validate();
        if (entrants.Count < 2)
            throw new UsageException("a tournament needs at least two players", "players");
        var duplicate = entrants.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new UsageException($"'{duplicate.Key}' is entered twice", "players");

        var pairs = new List<(int I, int J)>();
        for (var i = 0; i < entrants.Count; i++)
            for (var j = i + 1; j < entrants.Count; j++)
                pairs.Add((i, j));
        var plans = pairs.Select(p => Match.Plan(entrants[p.I], entrants[p.J], match)).ToArray();
        long reps = repetitions.Runs;

        // Work item k covers repetitions of one pairing, so a chunk never mixes pairings.
        var chunksPerPair = (reps + ChunkMatches - 1) / ChunkMatches;
        var chunks = DeterministicParallel.Chunks(pairs.Count * chunksPerPair, 1, repetitions.Threads, (k, _) =>
        {
            var pair = (int)(k / chunksPerPair);
            var first = k % chunksPerPair * ChunkMatches;
            var last = Math.Min(reps, first + ChunkMatches);
            var sum = default(MatchOutcome);
            for (var r = first; r < last; r++)
            {
                var random = Xoshiro256StarStar.ForRun(repetitions.Seed, pair * reps + r);
                sum += plans[pair].Play(ref random);
            }

            return (Pair: pair, Sum: sum);
        }, cancel);

        var byPair = new MatchOutcome[pairs.Count];
        foreach (var (pair, sum) in chunks)
            byPair[pair] += sum;
        return TournamentResult.From(entrants, pairs, byPair, match.Payoffs);
    }
}
