namespace Pendulum.Observe.Crises;

/// <summary>
/// Shape of the synthetic streams that validate the crisis detector (docs/crises.md). Ranges are drawn uniformly per
/// stream or per episode, so one set of options covers quiet and busy pairs, short and long crises.
/// </summary>
public sealed record SyntheticCrisisStreamOptions
{
    /// <summary>Length of a stream. Unit: days. Default 1095 (three years: room for 2-4 episodes at <see cref="SeparationDays"/>).</summary>
    public int Days { get; init; } = 1095;

    /// <summary>No episode is planted before this day, so the baseline has some history. Unit: days. Default 120.</summary>
    public int WarmupDays { get; init; } = 120;

    /// <summary>Episodes planted per stream, drawn in [min, max]. Unit: episodes. Default 2..4.</summary>
    public (int Min, int Max) Episodes { get; init; } = (2, 4);

    /// <summary>
    /// Least days from one planted episode's start to the next one's: longer than the slowest planted fall and
    /// recovery (14 + 150 days) plus the merge gap, so that two planted episodes are two crises when an episode ends
    /// on recovery (docs/model.md section 3). Unit: days. Default 180 (100 while episodes ended after a quiet spell).
    /// </summary>
    public int SeparationDays { get; init; } = 180;

    /// <summary>Background material-conflict events per day (Poisson mean), drawn per stream. Unit: events/day. Default 1..15.</summary>
    public (double Min, double Max) ConflictRate { get; init; } = (1, 15);

    /// <summary>Background cooperative events per day (Poisson mean). Unit: events/day. Default 6.</summary>
    public double CooperationRate { get; init; } = 6;

    /// <summary>Factor on the conflict rate during a burst, drawn per episode. Unit: none. Default 4..8.</summary>
    public (double Min, double Max) BurstMultiplier { get; init; } = (4, 8);

    /// <summary>Length of a burst, drawn per episode. Unit: days. Default 2..10.</summary>
    public (int Min, int Max) BurstDays { get; init; } = (2, 10);

    /// <summary>The level <c>mu</c> hovers around, drawn per stream. Unit: probability. Default 0.4..0.8.</summary>
    public (double Min, double Max) MuLevel { get; init; } = (0.4, 0.8);

    /// <summary>Daily noise of <c>mu</c> around its level (standard deviation of an AR(1) innovation). Unit: probability. Default 0.01.</summary>
    public double MuNoise { get; init; } = 0.01;

    /// <summary>AR(1) persistence of the noise. Unit: none. Default 0.95 (stationary standard deviation about 0.032).</summary>
    public double MuPersistence { get; init; } = 0.95;

    /// <summary>Size of a planted fall of <c>mu</c>, drawn per episode. Unit: probability. Default 0.2..0.35.</summary>
    public (double Min, double Max) MuDrop { get; init; } = (0.2, 0.35);

    /// <summary>Days over which a planted fall happens, drawn per episode. Unit: days. Default 3..14.</summary>
    public (int Min, int Max) MuDropDays { get; init; } = (3, 14);

    /// <summary>Days the belief takes to climb back after a fall, drawn per episode. Unit: days. Default 60..150.</summary>
    public (int Min, int Max) MuRecoveryDays { get; init; } = (60, 150);
}
