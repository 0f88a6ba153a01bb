namespace Pendulum.Simulate;

/// <summary>
/// One switch per mechanism of the generative model (docs/model.md section 4), so that each one's effect can be
/// measured alone (<c>pendulum audit</c>). Every switch is on by default, which is the model as specified; a switch
/// turned off removes only its mechanism and keeps every random draw in place, so a scenario with one switch off
/// runs on the same random numbers as the scenario itself (common random numbers).
/// </summary>
public sealed record MechanismSwitches
{
    /// <summary>In a crisis or when an incident is read, an open hotline may reveal the other's intent (step 6).</summary>
    public bool HotlineCrisisReveal { get; init; } = true;

    /// <summary>The hotline's routine contacts (tests, calls between crises) deliver sightings like any channel (step 3).</summary>
    public bool HotlineRoutineContact { get; init; } = true;

    /// <summary>Summits (random and scheduled) deliver leaders' low-error sightings of the partner's action (step 3).</summary>
    public bool SummitObservation { get; init; } = true;

    /// <summary>Summits build leader rapport, which lowers perception error on core-interest issues (step 3).</summary>
    public bool SummitRapport { get; init; } = true;

    /// <summary>Governments send costly signals on the transparency channel, and receivers read them (step 5).</summary>
    public bool CostlySignals { get; init; } = true;

    /// <summary>A costly signal goes out only while public opinion is at least <c>o_min</c> (step 5); off, opinion never blocks it.</summary>
    public bool OpinionGate { get; init; } = true;

    /// <summary>A core-interest challenge suspends the listed channels for a drawn duration (step 7).</summary>
    public bool CoreInterestSuspensions { get; init; } = true;

    /// <summary>Joint projects are proposed and committed to when trust covers each side's share (step 8).</summary>
    public bool JointProjects { get; init; } = true;

    /// <summary>Richardson arms dynamics run for the pairs that enable them (step 9).</summary>
    public bool ArmsDynamics { get; init; } = true;

    /// <summary>The switches by their YAML names (the <c>mechanisms:</c> block, and <c>pendulum audit</c>'s rows), in audit order.</summary>
    public static IReadOnlyList<(string Name, Func<MechanismSwitches, bool> IsOn, Func<MechanismSwitches, bool, MechanismSwitches> With)> All { get; } =
    [
        ("hotline_crisis_reveal", m => m.HotlineCrisisReveal, (m, on) => m with { HotlineCrisisReveal = on }),
        ("hotline_routine_contact", m => m.HotlineRoutineContact, (m, on) => m with { HotlineRoutineContact = on }),
        ("summit_observation", m => m.SummitObservation, (m, on) => m with { SummitObservation = on }),
        ("summit_rapport", m => m.SummitRapport, (m, on) => m with { SummitRapport = on }),
        ("costly_signals", m => m.CostlySignals, (m, on) => m with { CostlySignals = on }),
        ("opinion_gate", m => m.OpinionGate, (m, on) => m with { OpinionGate = on }),
        ("core_interest_suspensions", m => m.CoreInterestSuspensions, (m, on) => m with { CoreInterestSuspensions = on }),
        ("joint_projects", m => m.JointProjects, (m, on) => m with { JointProjects = on }),
        ("arms_dynamics", m => m.ArmsDynamics, (m, on) => m with { ArmsDynamics = on }),
    ];

    /// <summary>The switches with <paramref name="name"/> set to <paramref name="on"/>; null when no switch has that name.</summary>
    public MechanismSwitches? With(string name, bool on) =>
        All.FirstOrDefault(s => s.Name == name) is { Name: not null } s ? s.With(this, on) : null;
}
