namespace Pendulum.Belief;

/// <summary>
/// Parameters of the belief filter shared by the observer and the simulator (docs/model.md, section 2).
/// A step is one period of the caller's clock: a day by default, so hazards are per day.
/// </summary>
public sealed record BeliefParameters
{
    /// <summary>
    /// Hazard that a trustworthy state (a security seeker) turns greedy between two steps.
    /// Unit: probability per step (a day by default). Default 1/1461: one chance of a change of course per four-year
    /// leadership term. Source: how often governments can change course at all (docs/model.md section 2): the US
    /// presidential term is four years (US Constitution, Article II, Section 1), the PRC renews its leadership at
    /// national party congresses held every five years (Constitution of the Communist Party of China), and
    /// parliamentary terms are four to five years; a real change of intentions needs a change of leadership or of course, so it is at most as frequent as a
    /// term, and the shortest of these terms gives the upper end. A departure of the belief from the prior halves in
    /// about 506 days without evidence (it halved in 126 days at the former 1/365).
    /// </summary>
    public double HazardTrustworthyToGreedy { get; init; } = 1.0 / DaysPerLeadershipTerm;

    /// <summary>
    /// Hazard that a greedy state turns trustworthy between two steps.
    /// Unit: probability per step. Default 1/1461, the same term as <see cref="HazardTrustworthyToGreedy"/> (no
    /// source says changes for the better are more or less frequent than changes for the worse); with equal hazards
    /// the long-run prior <see cref="Prior"/> is 0.5.
    /// </summary>
    public double HazardGreedyToTrustworthy { get; init; } = 1.0 / DaysPerLeadershipTerm;

    /// <summary>
    /// The four-year leadership term the default hazards are one over. Unit: days (four years of 365.25 days).
    /// Source: the US presidential term (US Constitution, Article II, Section 1).
    /// </summary>
    public const double DaysPerLeadershipTerm = 4 * 365.25;

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
