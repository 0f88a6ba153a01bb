namespace Pendulum.Simulate;

/// <summary>How states choose to cooperate or defect toward a partner each step (docs/model.md section 4, step 2).</summary>
public sealed record BehaviourParameters
{
    /// <summary>The rule security seekers follow; <c>kydd</c> is Kydd's threshold rule.</summary>
    public const string Kydd = "kydd";

    /// <summary>
    /// Security seekers' rule: <c>kydd</c> (cooperate iff the chance that the partner cooperates, as the state believes
    /// it, is at least <see cref="KyddThreshold"/>) or a repeated-game strategy by name (<c>tit_for_tat</c>,
    /// <c>generous_tit_for_tat</c>, <c>win_stay_lose_shift</c>, ...; see docs/scenarios.md), which reacts to the
    /// partner's last action as the state last saw it through its channels. Default <c>kydd</c>. Source: Kydd (2005).
    /// </summary>
    public string Strategy { get; init; } = Kydd;

    /// <summary>
    /// Greedy states' rule, a repeated-game strategy by name. Default <c>defector</c>: a greedy type prefers to exploit
    /// (T_G &gt; R in Kydd's model).
    /// </summary>
    public string GreedyStrategy { get; init; } = "defector";

    /// <summary>
    /// Execution noise: probability that an intended action comes out as its opposite. Unit: probability per action.
    /// Default 0.01, the smaller of the two noise levels of model.md section 5.
    /// </summary>
    public double ActionNoise { get; init; } = 0.01;

    /// <summary>R, mutual cooperation. Unit: utils. Default 3 (model.md section 4).</summary>
    public double Reward { get; init; } = 3;

    /// <summary>P, mutual defection. Unit: utils. Default 1 (model.md section 4).</summary>
    public double Punishment { get; init; } = 1;

    /// <summary>S, cooperating against a defector. Unit: utils. Default 0 (model.md section 4).</summary>
    public double Sucker { get; init; }

    /// <summary>T_S, a security seeker's payoff of exploiting a cooperator (below R). Unit: utils. Default 2 (model.md section 4).</summary>
    public double SecuritySeekerTemptation { get; init; } = 2;

    /// <summary>Kydd's threshold <c>t = (P - S) / ((R - T_S) + (P - S))</c> from these payoffs; 0.5 with the defaults.</summary>
    public double KyddThreshold => Games.ClosedForms.KyddThreshold(Reward, Punishment, Sucker, SecuritySeekerTemptation);

    /// <summary>
    /// The chance that a partner cooperates as a state with belief <paramref name="mu"/> sees it: a trustworthy partner
    /// cooperates unless its action misfires (<see cref="ActionNoise"/>); a greedy one with
    /// <paramref name="greedyCooperation"/>, the chance that its strategy, in its current state, cooperates. This is the
    /// model's own behaviour (docs/model.md section 4, steps 2 and 4), not a likelihood borrowed from elsewhere.
    /// </summary>
    public double CooperationChance(double mu, double greedyCooperation) => mu * (1 - ActionNoise) + (1 - mu) * greedyCooperation;
}
