namespace Pendulum.Observe.Crises;

/// <summary>
/// Thresholds of the crisis detector (docs/model.md section 3, "Crises"; docs/crises.md). Days are calendar days.
/// </summary>
public sealed record CrisisDetectorOptions
{
    /// <summary>
    /// Settings for hand-coded rows: one row is one act, so a day's material-conflict intensity is rarely above the
    /// default floor of 0.5 (docs/crises.md). Intensity floor 0.05 (unit: intensity, as in <see cref="IntensityFloor"/>),
    /// and no minimum baseline history (days), because a hand-coded record starts with its first milestone. Source:
    /// chosen for the shipped US-China record (data/us-china); the other thresholds keep model.md's defaults. Used by
    /// <c>pendulum demo</c>, <c>pendulum report</c> and the dashboard when a pair's rows are mostly hand-coded
    /// (<see cref="EventRows.MostlyHandCoded"/>).
    /// </summary>
    public static CrisisDetectorOptions HandCodedRows { get; } = new() { IntensityFloor = 0.05, MinimumBaselineDays = 0 };

    /// <summary>The settings for a pair's rows: <see cref="HandCodedRows"/> when they are mostly hand-coded, else the defaults.</summary>
    public static CrisisDetectorOptions For(bool handCoded) => handCoded ? HandCodedRows : new CrisisDetectorOptions();

    /// <summary>
    /// Trailing window of the intensity baseline (the days before the day judged). Unit: days. Default 365.
    /// Source: docs/model.md section 3.
    /// </summary>
    public int BaselineWindowDays { get; init; } = 365;

    /// <summary>
    /// Days of history the intensity baseline needs before it can call a day abnormal; until then only a fall of
    /// <c>mu</c> can start an episode. Unit: days. Default 90, a quarter of the window: a median and MAD from a few
    /// weeks are noisy (on the synthetic streams of docs/crises.md, 30 days cost 0.025 of precision).
    /// </summary>
    public int MinimumBaselineDays { get; init; } = 90;

    /// <summary>
    /// A day is abnormal when its intensity exceeds the baseline median by more than this many MADs. Unit: MADs.
    /// Default 3. Source: docs/model.md section 3 ("median + 3 MAD").
    /// </summary>
    public double MadMultiplier { get; init; } = 3;

    /// <summary>
    /// Factor applied to the raw median absolute deviation so that it estimates a standard deviation (1.4826 for
    /// normal data), making "3 MAD" three robust standard deviations. Unit: none. Default 1.4826. Source: Leys et
    /// al. (2013), "Detecting outliers: do not use standard deviation around the mean, use absolute deviation around
    /// the median", J. Exp. Soc. Psych. 49(4). Set 1 for the raw MAD.
    /// </summary>
    public double MadScale { get; init; } = 1.4826;

    /// <summary>
    /// The intensity threshold never falls below this, so a quiet history (median and MAD of 0) does not make every
    /// conflict event a crisis. Unit: intensity (0..1). Default 0.5: about four Goldstein -10 events in a day with the
    /// default saturation. A starting point, to be calibrated (docs/model.md section 6).
    /// </summary>
    public double IntensityFloor { get; init; } = 0.5;

    /// <summary>
    /// Least saturation scale of the daily intensity: the scale is the median daily count of material-conflict
    /// events over the baseline window, but never below this. Unit: events per day. Default 5, the evidence's
    /// <c>n0</c> (docs/model.md section 3).
    /// </summary>
    public double SaturationFloorEvents { get; init; } = 5;

    /// <summary>
    /// A day is abnormal when <c>mu</c> has fallen by more than this from its highest value in the last
    /// <see cref="MuDropWindowDays"/>. Unit: probability. Default 0.15. Source: docs/model.md section 3.
    /// </summary>
    public double MuDropThreshold { get; init; } = 0.15;

    /// <summary>Window of the <c>mu</c> fall. Unit: days. Default 30. Source: docs/model.md section 3.</summary>
    public int MuDropWindowDays { get; init; } = 30;

    /// <summary>
    /// An episode ends when the pair has recovered: intensity back under the baseline threshold and <c>mu</c> back
    /// within this margin of its level before the episode (its highest in the <see cref="MuDropWindowDays"/> before the
    /// start). Unit: probability. Default 0.05, a third of <see cref="MuDropThreshold"/>: a pair that has won back
    /// two thirds of a fall that started an episode is out of it. Source: docs/model.md section 3 ("within a set
    /// margin"); Pendulum's choice.
    /// </summary>
    public double RecoveryMargin { get; init; } = 0.05;

    /// <summary>
    /// The longest an episode runs without recovery; it then ends and is reported unresolved. Unit: days. Default 365,
    /// the baseline window: after a year the baseline has absorbed the crisis and the pair's level is its new normal.
    /// Source: docs/model.md section 3 ("a stated longest duration"); Pendulum's choice.
    /// </summary>
    public int LongestEpisodeDays { get; init; } = 365;

    /// <summary>
    /// A channel is listed with an episode when its suspension began during the episode or within this many days of
    /// it. Unit: days. Default 7. Source: docs/model.md section 3 ("within a few days of it").
    /// </summary>
    public int SuspensionNearDays { get; init; } = 7;

    /// <summary>
    /// Episodes with fewer than this many days between them are merged. Unit: days. Default 14. Source: docs/model.md
    /// section 3.
    /// </summary>
    public int MergeGapDays { get; init; } = 14;

    /// <summary>
    /// Weight of the fall in <c>mu</c> in an episode's severity, <c>severity = excess intensity + w * mu drop</c>.
    /// Unit: intensity-days per unit of <c>mu</c>. Default 10: a fall of 0.15 weighs as much as 1.5 days at full
    /// material-conflict intensity above the baseline.
    /// </summary>
    public double MuDropWeight { get; init; } = 10;

    /// <summary>Trigger events kept per episode (the strongest). Unit: events. Default 10.</summary>
    public int TriggerEvents { get; init; } = 10;

    /// <summary>Throws <see cref="UsageException"/> naming the first option out of range.</summary>
    public CrisisDetectorOptions Validate()
    {
        Check(BaselineWindowDays >= 1, nameof(BaselineWindowDays), "must be at least 1");
        Check(MinimumBaselineDays >= 0 && MinimumBaselineDays <= BaselineWindowDays, nameof(MinimumBaselineDays),
            "must lie between 0 and BaselineWindowDays");
        Check(MadMultiplier is >= 0 and < double.PositiveInfinity, nameof(MadMultiplier), "must be a finite number >= 0");
        Check(MadScale is > 0 and < double.PositiveInfinity, nameof(MadScale), "must be a finite number > 0");
        Check(IntensityFloor is >= 0 and < double.PositiveInfinity, nameof(IntensityFloor), "must be a finite number >= 0");
        Check(SaturationFloorEvents is > 0 and < double.PositiveInfinity, nameof(SaturationFloorEvents), "must be a finite number > 0");
        Check(MuDropThreshold is > 0 and < 1, nameof(MuDropThreshold), "must lie in (0, 1)");
        Check(MuDropWindowDays >= 1, nameof(MuDropWindowDays), "must be at least 1");
        Check(RecoveryMargin is >= 0 and < 1, nameof(RecoveryMargin), "must lie in [0, 1)");
        Check(LongestEpisodeDays >= 1, nameof(LongestEpisodeDays), "must be at least 1");
        Check(SuspensionNearDays >= 0, nameof(SuspensionNearDays), "must be at least 0");
        Check(MergeGapDays >= 0, nameof(MergeGapDays), "must be at least 0");
        Check(MuDropWeight is >= 0 and < double.PositiveInfinity, nameof(MuDropWeight), "must be a finite number >= 0");
        Check(TriggerEvents >= 0, nameof(TriggerEvents), "must be at least 0");
        return this;
    }

    private static void Check(bool ok, string field, string reason)
    {
        if (!ok)
            throw new UsageException(reason, field);
    }
}
