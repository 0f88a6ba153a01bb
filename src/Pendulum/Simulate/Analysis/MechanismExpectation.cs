namespace Pendulum.Simulate;

/// <summary>
/// What theory expects of switching one mechanism off: the sign of (outcome without the mechanism) minus (outcome
/// with it), and where the expectation comes from. Outcomes not listed for a mechanism have no expectation (null).
/// The table is docs/simulator.md's; keep the two alike.
/// </summary>
/// <param name="Mechanism">A <see cref="MechanismSwitches"/> name.</param>
/// <param name="Outcome">An <see cref="Outcome"/> name.</param>
/// <param name="Sign">-1, 0 or +1.</param>
/// <param name="Source">The reason, with its source.</param>
public sealed record MechanismExpectation(string Mechanism, string Outcome, int Sign, string Source)
{
    private const string Information =
        "a Bayesian with the right likelihoods is on average no worse calibrated with more information (Blackwell 1953); the seeds: channels build understanding";

    private const string Reassurance = "Kydd 2005: signals a greedy type would not send let security seekers reassure each other";

    private const string CrisisTools =
        "the seeds: crisis tools keep incidents from escalating; Powell 1988 warns that less misperception need not stabilise";

    /// <summary>The expectations, by mechanism.</summary>
    public static IReadOnlyList<MechanismExpectation> All { get; } =
    [
        new("hotline_crisis_reveal", "top_rung", +1, CrisisTools),
        new("hotline_crisis_reveal", "accidental_war", +1, CrisisTools),
        new("hotline_crisis_reveal", "crises_per_decade", +1, CrisisTools),
        new("hotline_crisis_reveal", "mistaken_distrust", +1, "a fearful security seeker told the other is one too stops fearing it (Kydd 2005)"),
        new("hotline_crisis_reveal", "belief_brier", +1, Information),
        new("hotline_routine_contact", "mistaken_distrust", +1, Information),
        new("hotline_routine_contact", "belief_brier", +1, Information),
        new("summit_observation", "mistaken_distrust", +1, "the seeds: leaders' meetings are the channel with the least error"),
        new("summit_observation", "belief_brier", +1, Information),
        new("summit_rapport", "mistaken_distrust", +1, "the seeds: leaders' personal trust matters most on thorny issues"),
        new("summit_rapport", "belief_brier", +1, Information),
        new("costly_signals", "mistaken_distrust", +1, Reassurance),
        new("costly_signals", "belief_brier", +1, Reassurance),
        new("opinion_gate", "mistaken_distrust", -1, "the seeds: public opinion constrains what governments can signal; without the constraint, more signals reassure (Kydd 2005)"),
        new("opinion_gate", "belief_brier", -1, Information),
        new("core_interest_suspensions", "mistaken_distrust", -1, "the seeds: suspended exchanges cost understanding; without suspensions the channels keep informing"),
        new("core_interest_suspensions", "belief_brier", -1, Information),
    ];

    /// <summary>The expected sign for a mechanism and outcome, or null where theory says nothing.</summary>
    public static MechanismExpectation? For(string mechanism, string outcome) =>
        All.FirstOrDefault(e => e.Mechanism == mechanism && e.Outcome == outcome);
}
