using Pendulum.Channels;

namespace Pendulum.Simulate;

/// <summary>
/// Challenges to a state's core interests (an arms sale to Taiwan, a leader meeting the Dalai Lama) and what they do
/// (docs/model.md section 4, step 7). A top-level <c>core_interest</c> block applies to every pair; a pair's own block
/// overrides it key by key.
/// </summary>
public sealed record CoreInterestParameters
{
    /// <summary>
    /// <c>lambda_core</c>: challenges per pair while both states are security seekers. Unit: events per year. Default 0.4: two suspensions of US-China military
    /// exchanges (October 2008 and January 2010) in about five years. Source: the seeds.
    /// </summary>
    public double RatePerYear { get; init; } = 0.4;

    /// <summary>
    /// Median of the drawn suspension duration. Unit: days. Default 210 (about 7 months). Durations are lognormal with
    /// this median and <see cref="SuspensionSigma"/>; the default puts the 2008-09 suspension (about 5 months, 150
    /// days) near its 13th percentile and the 2010 one (about 9 months, 270 days) near its 80th. Source: model.md
    /// section 4.
    /// </summary>
    public double SuspensionMedianDays { get; init; } = 210;

    /// <summary>Spread of the lognormal suspension duration: the standard deviation of its log. Unit: none. Default 0.3.</summary>
    public double SuspensionSigma { get; init; } = 0.3;

    /// <summary>
    /// The channel kinds a challenge suspends. Default military only (the seeds: security cooperation is the first
    /// casualty). An empty list models a relationship whose military channel is never suspended.
    /// </summary>
    public IReadOnlyList<ChannelKind> Suspends { get; init; } = [ChannelKind.MilitaryExchange];

    /// <summary>Whether joint projects are blocked (none proposed, running ones abandoned) while the timer runs. Default true (model.md section 4).</summary>
    public bool BlocksProjects { get; init; } = true;

    /// <summary>How far the challenged state's public opinion falls. Unit: opinion in [0, 1]. Default 0.05.</summary>
    public double OpinionDrop { get; init; } = 0.05;

    /// <summary>
    /// How often a security seeker challenges its partner's core interests, relative to <see cref="RateIfGreedy"/>.
    /// Unit: relative rate. Default 1. Each state challenges at half of <see cref="RatePerYear"/> times
    /// <c>c_T / c_S</c> for its current type T, so <see cref="RatePerYear"/> is the pair's rate while both are security seekers.
    /// </summary>
    public double RateIfTrustworthy { get; init; } = 1;

    /// <summary>
    /// How often a greedy state challenges its partner's core interests, relative to <see cref="RateIfTrustworthy"/>.
    /// Unit: relative rate. Default 1.65: a challenge is weak evidence of greed (<c>log(1 / 1.65) = -0.5</c> nats, the
    /// fixed reading this model used before challenges were drawn by type), since security seekers have domestic
    /// reasons too. Source: a starting point; to be calibrated. The challenged side reads each step as evidence, a
    /// challenge or its absence, with the same per-step chances the challenges are drawn with.
    /// </summary>
    public double RateIfGreedy { get; init; } = 1.65;
}
