namespace Pendulum.Games;

/// <summary>How many seeded matches to play and on how many threads. Results depend on the seed, never on the threads.</summary>
public sealed record MonteCarloOptions
{
    /// <summary>
    /// Matches to play: runs of a Monte Carlo match, or repetitions of each pairing in a tournament. At least 1 (at least 2
    /// for a confidence interval). Default 10,000, which puts the 95% interval of a 200-turn match within about 0.01 of
    /// the mean for the strategies of docs/model.md section 5.
    /// </summary>
    public int Runs { get; init; } = 10_000;

    /// <summary>Master seed; run r's generator is seeded from (seed, r). Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Most threads to use, at least 1; null (the default) for one per processor. Does not change results.</summary>
    public int? Threads { get; init; }

    /// <summary>Throws a <see cref="UsageException"/> naming the first value out of range.</summary>
    public void Validate(int minimumRuns = 1)
    {
        if (Runs < minimumRuns)
            throw new UsageException($"must be at least {minimumRuns}, not {Runs}", "runs");
        if (Threads < 1)
            throw new UsageException($"must be at least 1, not {Threads}", "threads");
    }
}
