namespace Pendulum.Calibrate;

/// <summary>How hard the calibration searches, with which seeds and threads (docs/calibration.md, "Budget").</summary>
public sealed record CalibrationOptions
{
    /// <summary>
    /// Simulated histories per candidate, the same run seeds for every candidate (common random numbers). They give
    /// each moment's mean, its spread between histories (the scale of its error) and its 5-95% range. Default 50:
    /// the 5th and 95th percentiles then rest on about 2.5 histories each side, and a spread is known to about 10%.
    /// </summary>
    public int Runs { get; init; } = 50;

    /// <summary>
    /// Candidates the Nelder-Mead search may evaluate at most, its starting simplex included. Default 60. Source: the
    /// budget that keeps the default calibration near two minutes of wall time on two shared cores (BENCHMARKS.md). On
    /// the shipped record it is tight: the search stopped at this limit, before its tolerance, and the verdict says so
    /// (docs/calibration.md, "What the shipped fit shows").
    /// </summary>
    public int MaxEvaluations { get; init; } = 60;

    /// <summary>
    /// The search stops when every vertex of the simplex lies within this ratio of the best along every parameter.
    /// Unit: a ratio (1.02: 2%). Default 1.02, finer than the moments' Monte Carlo error can tell apart.
    /// </summary>
    public double Tolerance { get; init; } = 1.02;

    /// <summary>
    /// Points of the objective's profile along each fitted parameter, the fit in the middle (odd; 0 for none). The
    /// points are spread evenly in the logarithm from the fit / step to the fit x step, where step is the parameter's
    /// <see cref="FittedParameter.Step"/> squared (a factor 4 each way for the rates). Default 7.
    /// </summary>
    public int ProfilePoints { get; init; } = 7;

    /// <summary>
    /// The held-out check: fit on the record up to the end of this year, predict the later years' moments. Null for
    /// none; the check is skipped, with a note, when the record does not reach past the year. Default 2000.
    /// </summary>
    public int? HoldoutYear { get; init; } = 2000;

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
        if (MaxEvaluations < 1)
            throw new UsageException("must be at least 1", "--max-evaluations");
        if (!(Tolerance > 1))
            throw new UsageException("must be a ratio above 1", "--tolerance");
        if (ProfilePoints < 0 || (ProfilePoints > 0 && (ProfilePoints < 3 || ProfilePoints % 2 == 0)))
            throw new UsageException("must be 0 (no profile) or an odd number from 3", "--profile-points");
        if (HoldoutYear is < 1 or > 9999)
            throw new UsageException("must be a year", "--holdout");
        if (Threads < 1)
            throw new UsageException("must be at least 1", "--threads");
        if (HistoryYears is < 1 or > 1000)
            throw new UsageException("must be from 1 to 1000", "--years");
        return this;
    }
}
