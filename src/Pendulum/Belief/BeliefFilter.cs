namespace Pendulum.Belief;

/// <summary>
/// The two-state hidden Markov filter at the heart of Pendulum (docs/model.md, section 2): <c>mu</c> is one state's
/// belief that another is trustworthy. Each step first lets the other's type drift (predict), then adds the step's
/// evidence in log-odds (update). Pure functions: the observer and the simulator call the same code.
/// </summary>
public static class BeliefFilter
{
    /// <summary>
    /// Beliefs are kept inside [<see cref="Floor"/>, 1 - Floor] so their log-odds stay finite: certainty is not a
    /// state the filter can reach, and one contrary observation can always move it.
    /// </summary>
    public const double Floor = 1e-12;

    /// <summary>Predict step: the type may have switched since the last step, <c>mu- = (1 - h_SG) mu + h_GS (1 - mu)</c>.</summary>
    public static double Predict(double mu, BeliefParameters parameters) =>
        (1 - parameters.HazardTrustworthyToGreedy) * mu + parameters.HazardGreedyToTrustworthy * (1 - mu);

    /// <summary>Update step, Bayes' rule in log-odds: <c>logit(mu') = logit(mu) + evidence</c>.</summary>
    /// <param name="mu">Belief before the evidence.</param>
    /// <param name="evidence">Sum of log-likelihood ratios <c>log P(obs | trustworthy) / P(obs | greedy)</c>, in nats.</param>
    public static double Update(double mu, double evidence) => Sigmoid(Logit(mu) + evidence);

    /// <summary>One full step: predict, then update with the step's evidence.</summary>
    public static double Step(double mu, double evidence, BeliefParameters parameters) =>
        evidence == 0 ? Math.Clamp(Predict(mu, parameters), Floor, 1 - Floor) : Update(Predict(mu, parameters), evidence);

    /// <summary>
    /// Kydd's form of Bayes' rule, <c>mu' = mu L_S / (mu L_S + (1 - mu) L_G)</c>: the same as <see cref="Update"/> with
    /// evidence <c>log(L_S / L_G)</c>. Kept for tests and for readers who know Kydd (2005).
    /// </summary>
    public static double KyddUpdate(double mu, double likelihoodIfTrustworthy, double likelihoodIfGreedy) =>
        mu * likelihoodIfTrustworthy / (mu * likelihoodIfTrustworthy + (1 - mu) * likelihoodIfGreedy);

    /// <summary>Evidence (log-likelihood ratio, nats) of an observation with these likelihoods under each type.</summary>
    public static double Evidence(double likelihoodIfTrustworthy, double likelihoodIfGreedy) =>
        Math.Log(likelihoodIfTrustworthy / likelihoodIfGreedy);

    /// <summary>
    /// Likelihood of an observation seen through a channel that misreports with probability <paramref name="error"/>:
    /// <c>(1 - e) P + e (1 - P)</c>.
    /// </summary>
    public static double ThroughNoisyChannel(double likelihood, double error) => (1 - error) * likelihood + error * (1 - likelihood);

    /// <summary>Log-odds of a probability, with the probability held inside [Floor, 1 - Floor].</summary>
    public static double Logit(double p)
    {
        var q = Math.Clamp(p, Floor, 1 - Floor);
        return Math.Log(q / (1 - q));
    }

    /// <summary>The logistic function, inverse of <see cref="Logit"/>, held inside [Floor, 1 - Floor].</summary>
    public static double Sigmoid(double l) => Math.Clamp(1 / (1 + Math.Exp(-l)), Floor, 1 - Floor);

    /// <summary>
    /// The pair's pendulum position in [-1, 1]: <c>2 sigmoid(mean of both directions' log-odds) - 1</c>. Averaging in
    /// log-odds lets a confident side weigh more than averaging probabilities would.
    /// </summary>
    public static double Position(double muAb, double muBa) => 2 * Sigmoid((Logit(muAb) + Logit(muBa)) / 2) - 1;
}
