namespace Pendulum.Simulate.Records;

/// <summary>How densely a simulated history is written as events (model.md section 3's kinds of evidence).</summary>
public enum RecordDensity
{
    /// <summary>One row per act a coder would record, as in the shipped hand-coded record.</summary>
    Record,

    /// <summary>GDELT-like volume: every act, each reported many times, over a background of ordinary news.</summary>
    Media,
}

/// <summary>
/// How a simulated history looks as media volume. Starting points, not fits: GDELT has many rows per real event
/// (the same story from many outlets and days) and a steady background of ordinary diplomatic news between two large
/// states; both are to be calibrated against real volume (the bundled GDELT sample).
/// </summary>
public sealed record MediaVolume
{
    /// <summary>Mean number of extra rows each act gets (Poisson), on its day. Unit: rows per act. Default 8.</summary>
    public double DuplicatesPerAct { get; init; } = 8;

    /// <summary>
    /// Rows of ordinary news per day and direction that carry no act (consultations, statements, comments), drawn
    /// Poisson. Unit: rows per day. Default 3.
    /// </summary>
    public double BackgroundPerDay { get; init; } = 3;

    /// <summary>Share of background rows that are verbal conflict (criticism, accusations) rather than verbal cooperation. Unit: share. Default 0.25.</summary>
    public double BackgroundConflictShare { get; init; } = 0.25;
}
