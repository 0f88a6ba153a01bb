namespace Pendulum.Simulate;

/// <summary>
/// The escalation ladder a pair climbs in a crisis, rungs 0 (no crisis) to <see cref="TopRung"/> (war), and the
/// hotline that lets it step down (docs/model.md section 4, step 6).
/// </summary>
public sealed record CrisisParameters
{
    /// <summary>The top rung: war. Reaching it while both states are security seekers is an accidental war.</summary>
    public const int TopRung = 6;

    /// <summary>
    /// While a crisis is on, how often a hostile side (a greedy state, or a security seeker whose belief in the other
    /// is below Kydd's threshold) tries to climb one rung. Unit: attempts per year. Default 6 (about one every two
    /// months). Source: a starting point; with <see cref="CalmingRatePerYear"/> it makes a crisis with one fearful side
    /// reach war about once in 1,500. To be calibrated.
    /// </summary>
    public double EscalationRatePerYear { get; init; } = 6;

    /// <summary>
    /// While a crisis is on and no side climbs, how often it calms one rung. Unit: rungs per year. Default 26 (two
    /// weeks a rung). Source: the 2001 EP-3 crisis ended in 11 days; to be calibrated.
    /// </summary>
    public double CalmingRatePerYear { get; init; } = 26;

    /// <summary>
    /// <c>h</c>: probability that an open hotline reveals the other's intent when a side is about to climb (or an
    /// incident is being read). Unit: probability. Default 0.5. Source: model.md section 4. A revealed accident or a
    /// revealed security seeker lets the pair step down a rung; a revealed greedy state confirms the fear (Powell 1988:
    /// less misperception is not always stabilising).
    /// </summary>
    public double HotlineReveal { get; init; } = 0.5;

    /// <summary>
    /// How sure a hotline's report is: it tells the truth about the other's type (or about an incident's intent) with
    /// probability <c>sigmoid(RevealEvidence)</c> and the opposite otherwise, so a report about the type is evidence
    /// of exactly plus or minus this many nats. Unit: nats (log-odds of a correct report). Default 2: a report is right
    /// 88% of the time. Source: a starting point; a call between commanders in a crisis is informative but not proof.
    /// </summary>
    public double RevealEvidence { get; init; } = 2;

    /// <summary>The chance that a hotline report is right: <c>sigmoid(RevealEvidence)</c>.</summary>
    public double RevealAccuracy => 1 / (1 + Math.Exp(-RevealEvidence));
}

