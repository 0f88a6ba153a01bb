namespace Pendulum.Belief;

/// <summary>
/// Parameters of the belief filter shared by the observer and the simulator (docs/model.md, section 2).
/// A step is one period of the caller's clock: a day by default, so hazards are per day.
/// </summary>
public sealed record BeliefParameters
{
    /// <summary>
    /// Hazard that a trustworthy state (a security seeker) turns greedy between two steps.
    /// Unit: probability per step. Default 1/365 (about one switch a year). Source: docs/model.md section 2, a
    /// starting point to be calibrated (section 6).
    /// </summary>
    public double HazardTrustworthyToGreedy { get; init; } = 1.0 / 365;

    /// <summary>
    /// Hazard that a greedy state turns trustworthy between two steps.
    /// Unit: probability per step. Default 1/365. Source: docs/model.md section 2; with equal hazards the long-run
    /// prior <see cref="Prior"/> is 0.5.
    /// </summary>
    public double HazardGreedyToTrustworthy { get; init; } = 1.0 / 365;

    /// <summary>
    /// Upper edge of the distrust zone on <c>mu</c>. Unit: probability. Default 1/3. Source: docs/model.md section 2
    /// (expert-coded scales put most dyad-months in the middle zone).
    /// </summary>
    public double DistrustBelow { get; init; } = 1.0 / 3;

    /// <summary>
    /// Lower edge of the trust zone on <c>mu</c>. Unit: probability. Default 5/6. Source: docs/model.md section 2.
    /// </summary>
    public double TrustAbove { get; init; } = 5.0 / 6;

    /// <summary>
    /// How far past a zone edge <c>mu</c> must go before the zone changes, so a belief hovering at an edge does not
    /// flicker. Unit: probability. Default 0.03. Source: docs/model.md section 2.
    /// </summary>
    public double Hysteresis { get; init; } = 0.03;

    /// <summary>
    /// Long-run belief without evidence, <c>h_GS / (h_SG + h_GS)</c>: where forgetting pulls <c>mu</c> back to.
    /// </summary>
    public double Prior => HazardGreedyToTrustworthy / (HazardTrustworthyToGreedy + HazardGreedyToTrustworthy);

    /// <summary>Throws <see cref="UsageException"/> naming the first parameter out of its range.</summary>
    public BeliefParameters Validate()
    {
        Check(HazardTrustworthyToGreedy is > 0 and < 1, nameof(HazardTrustworthyToGreedy), "must lie in (0, 1)");
        Check(HazardGreedyToTrustworthy is > 0 and < 1, nameof(HazardGreedyToTrustworthy), "must lie in (0, 1)");
        Check(HazardTrustworthyToGreedy + HazardGreedyToTrustworthy < 1, nameof(HazardGreedyToTrustworthy),
            "the two hazards must sum to less than 1");
        Check(DistrustBelow > 0 && DistrustBelow < TrustAbove, nameof(DistrustBelow), "must lie between 0 and TrustAbove");
        Check(TrustAbove < 1, nameof(TrustAbove), "must be below 1");
        Check(Hysteresis >= 0 && Hysteresis < (TrustAbove - DistrustBelow) / 2, nameof(Hysteresis),
            "must be at least 0 and less than half the width of the understanding zone");
        return this;
    }

    private static void Check(bool ok, string field, string reason)
    {
        if (!ok)
            throw new UsageException(reason, field);
    }
}
