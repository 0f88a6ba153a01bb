using Pendulum.Internals;

namespace Pendulum.Games;

/// <summary>
/// The payoffs of a match estimated by playing it many times. Run r is <see cref="Match.Play"/> with run index r;
/// runs are cut into chunks of <see cref="ChunkRuns"/> that do not depend on the thread count, summarised per chunk
/// and merged in run order, so 1 or 16 threads give the same numbers to the last bit.
/// </summary>
public static class MonteCarloMatch
{
    /// <summary>Runs per parallel chunk: large enough that scheduling is noise, small enough to balance two cores.</summary>
    internal const int ChunkRuns = 4096;

    /// <summary>Estimates each side's mean payoff per turn over <see cref="MonteCarloOptions.Runs"/> (at least 2) runs.</summary>
    public static MatchEstimate Run(Strategy a, Strategy b, MatchOptions match, MonteCarloOptions monteCarlo,
        CancellationToken cancel = default) => RunWith(a, b, match, monteCarlo, allowFastPath: true, cancel);

    internal static MatchEstimate RunWith(Strategy a, Strategy b, MatchOptions match, MonteCarloOptions monteCarlo,
        bool allowFastPath, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(monteCarlo);
        match.Validate();
        monteCarlo.Validate(minimumRuns: 2);
        var plan = Match.Plan(a, b, match, allowFastPath);
        var payoffs = match.Payoffs;
        var chunks = DeterministicParallel.Chunks(monteCarlo.Runs, ChunkRuns, monteCarlo.Threads, (start, end) =>
        {
            RunningMoments sideA = default, sideB = default;
            for (var run = start; run < end; run++)
            {
                var random = Xoshiro256StarStar.ForRun(monteCarlo.Seed, run);
                var outcome = plan.Play(ref random);
                sideA.Add(outcome.PayoffPerTurnA(payoffs));
                sideB.Add(outcome.PayoffPerTurnB(payoffs));
            }

            return (A: sideA, B: sideB);
        }, cancel);

        RunningMoments totalA = default, totalB = default;
        foreach (var chunk in chunks)
        {
            totalA.Merge(chunk.A);
            totalB.Merge(chunk.B);
        }

        return new MatchEstimate(a, b, match, monteCarlo, totalA.Estimate(), totalB.Estimate());
    }
}
