namespace Pendulum.Simulate;

/// <summary>
/// Unplanned incidents between a pair's forces (a plane or ship collision) and how they are read
/// (docs/model.md section 4, step 6). A top-level <c>incidents</c> block applies to every pair; a pair's own block
/// overrides it key by key.
/// </summary>
public sealed record IncidentParameters
{
    /// <summary>
    /// <c>lambda_inc</c>: incidents per pair while both states are security seekers. Unit: events per year. Each state
    /// starts incidents at half this rate times <c>r_T / r_S</c> for its current type T, so a greedy state starts
    /// <see cref="RateIfGreedy"/> / <see cref="RateIfTrustworthy"/> times as many (model.md section 4, step 6). Default 1:
    /// the EP-3 collision (2001), the Impeccable (2009) and the Cowpens (2013) stand out, with smaller encounters
    /// between them. Source: the seeds; to be calibrated.
    /// </summary>
    public double RatePerYear { get; init; } = 1;

    /// <summary>
    /// <c>r_S</c>: how often a security seeker's forces are involved in incidents, relative to <see cref="RateIfGreedy"/>.
    /// Unit: relative rate. Default 1.
    /// </summary>
    public double RateIfTrustworthy { get; init; } = 1;

    /// <summary>
    /// <c>r_G</c>: how often a greedy state's forces are involved in incidents (it probes). Unit: relative rate.
    /// Default 3. Source: a starting point; to be calibrated. An incident is read as deliberate with probability
    /// <c>(1-mu) r_G / ((1-mu) r_G + mu r_S)</c>, the posterior that the other is greedy. Because incidents really are
    /// started at these rates, each step is evidence in the belief filter: <c>log(q_S / q_G)</c> when the partner
    /// started one, <c>log((1 - q_S) / (1 - q_G))</c> when it did not (<c>q_T</c> the per-step chance for type T).
    /// </summary>
    public double RateIfGreedy { get; init; } = 3;

    /// <summary>
    /// Probability that an incident started by a greedy state was meant. Unit: probability. Default 0.5; incidents
    /// started by a security seeker are always accidents. Decides what a hotline reveals.
    /// </summary>
    public double DeliberateIfGreedy { get; init; } = 0.5;
}

/// <summary>Per-step chances that a state of each type starts an event (an incident, a core-interest challenge).</summary>
/// <param name="IfTrustworthy">The chance for a security seeker.</param>
/// <param name="IfGreedy">The chance for a greedy state.</param>
internal readonly record struct TypeRates(double IfTrustworthy, double IfGreedy)
{
    // Computed once: the evidence is read every step of every run.
    private readonly double _ifHappened = Math.Log(IfTrustworthy / IfGreedy);
    private readonly double _ifNot = Math.Log((1 - IfTrustworthy) / (1 - IfGreedy));

    /// <summary>
    /// From a pair's rate per year while both are security seekers and the relative rates of the two types: each state
    /// gets half the pair's rate, scaled by its type's relative rate.
    /// </summary>
    public static TypeRates Of(Scenario scenario, double pairRatePerYear, double relativeIfTrustworthy, double relativeIfGreedy) => new(
        scenario.PerStep(pairRatePerYear / 2),
        scenario.PerStep(pairRatePerYear / 2 * relativeIfGreedy / relativeIfTrustworthy));

    /// <summary>The chance for a state of the given type.</summary>
    public double For(bool trustworthy) => trustworthy ? IfTrustworthy : IfGreedy;

    /// <summary>The evidence for trustworthiness of seeing the event (or its absence) in one step, in nats (0 when the rate is 0).</summary>
    public double Evidence(bool happened) => IfGreedy == 0 ? 0 : happened ? _ifHappened : _ifNot;
}
