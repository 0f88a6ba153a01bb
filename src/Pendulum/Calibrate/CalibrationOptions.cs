namespace Pendulum.Calibrate;

/// <summary>How hard the calibration searches, with which seeds and threads (docs/calibration.md, "Budget").</summary>
public sealed record CalibrationOptions
{
    /// <summary>
    /// Simulated histories per grid candidate, enough to rank the grid. Default 3: with six parameters at three values
    /// (two grids of 729 candidates), histories as long as the US-China record (38 years) and the shortlists below,
    /// the default search simulates 5,474 runs. Every candidate uses the same run seeds (common random numbers).
    /// </summary>
    public int Runs { get; init; } = 3;

    /// <summary>
    /// Histories for the weights (at the starting point), for judging each grid's shortlist and for the final table.
    /// Default 100: the spread of a moment between histories is then known to about 7%.
    /// </summary>
    public int ReferenceRuns { get; init; } = 100;

    /// <summary>
    /// Candidates of each grid, the best by the grid's few runs, simulated again on the reference runs to choose
    /// between them. Default 5.
    /// </summary>
    public int Shortlist { get; init; } = 5;

    /// <summary>Values per parameter in each grid: 1, 3 or 5 (the centre and as many on each side). Default 3.</summary>
    public int Levels { get; init; } = 3;

    /// <summary>Master seed; run r of every candidate is seeded from (seed, r). Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Worker threads. The result does not depend on it. Default 1.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>The parameters to fit; null for every one the record identifies (docs/calibration.md).</summary>
    public IReadOnlyList<FittedParameter>? Fit { get; init; }

    /// <summary>Length of each simulated history, whole years; null for the record's span, rounded. Unit: years.</summary>
    public int? HistoryYears { get; init; }

    /// <summary>Throws <see cref="UsageException"/> naming the first option out of range.</summary>
    public CalibrationOptions Validate()
    {
        if (Runs < 2)
            throw new UsageException("must be at least 2: the spread between histories needs two", "--runs");
        if (ReferenceRuns < 2)
            throw new UsageException("must be at least 2", "--reference-runs");
        if (Shortlist < 1)
            throw new UsageException("must be at least 1", "--shortlist");
        if (Levels is not (1 or 3 or 5))
            throw new UsageException("must be 1, 3 or 5", "--levels");
        if (Threads < 1)
            throw new UsageException("must be at least 1", "--threads");
        if (HistoryYears is < 1 or > 1000)
            throw new UsageException("must be from 1 to 1000", "--years");
        return this;
    }
}
