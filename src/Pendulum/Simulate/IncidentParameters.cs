namespace Pendulum.Simulate;

/// <summary>
/// Unplanned incidents between a pair's forces (a plane or ship collision) and how they are read
/// (docs/model.md section 4, step 6). A top-level <c>incidents</c> block applies to every pair; a pair's own block
/// overrides it key by key.
/// </summary>
public sealed record IncidentParameters
{
    /// <summary>
    /// <c>lambda_inc</c>: incidents per pair. Unit: events per year. Default 1: the EP-3 collision (2001), the Impeccable
    /// (2009) and the Cowpens (2013) stand out, with smaller encounters between them. Source: the seeds; to be calibrated.
    /// </summary>
    public double RatePerYear { get; init; } = 1;

    /// <summary>
    /// <c>r_S</c>: how often a security seeker's forces are involved in incidents, relative to <see cref="RateIfGreedy"/>.
    /// Unit: relative rate. Default 1.
    /// </summary>
    public double RateIfTrustworthy { get; init; } = 1;

    /// <summary>
    /// <c>r_G</c>: how often a greedy state's forces are involved in incidents (it probes). Unit: relative rate.
    /// Default 3. An incident is read as deliberate with probability <c>(1-mu) r_G / ((1-mu) r_G + mu r_S)</c>, the
    /// posterior that the other is greedy; each incident is also evidence <c>log(r_S / r_G)</c> in the belief filter.
    /// </summary>
    public double RateIfGreedy { get; init; } = 3;

    /// <summary>
    /// Probability that an incident started by a greedy state was meant. Unit: probability. Default 0.5; incidents
    /// started by a security seeker are always accidents. Decides what a hotline reveals.
    /// </summary>
    public double DeliberateIfGreedy { get; init; } = 0.5;
}
