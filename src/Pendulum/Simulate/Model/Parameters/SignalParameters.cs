namespace Pendulum.Simulate;

/// <summary>
/// Costly signals (a defence white paper, an exercise invitation), sent on the pair's transparency channel
/// (docs/model.md section 4, step 5). Cheap for a security seeker, costly for a greedy type, hence informative.
/// </summary>
public sealed record SignalParameters
{
    /// <summary>
    /// A government sends a costly signal only while its public opinion <c>o</c> is at least this. Unit: opinion in
    /// [0, 1]. Default 0.4: a government can move a little ahead of a lukewarm public but not against a hostile one.
    /// Source: a starting point (model.md section 4 names <c>o_min</c> without a value); to be calibrated.
    /// </summary>
    public double MinOpinion { get; init; } = 0.4;

    /// <summary>
    /// <c>m</c>: probability that a greedy state sends a signal when it has the chance (a security seeker always does).
    /// Unit: probability. Default 0.3. Source: model.md section 4.
    /// </summary>
    public double SendIfGreedy { get; init; } = 0.3;

    /// <summary>
    /// <c>k</c>: the cost of one signal. Unit: utils. Default 1. Counted in the run summary (<c>signal_cost</c>); it
    /// changes no dynamics, since the model's states do not optimise over payoffs.
    /// </summary>
    public double Cost { get; init; } = 1;

    /// <summary>Evidence of a received signal: <c>log(P(send | S) / P(send | G)) = log(1 / m)</c>, in nats.</summary>
    public double Evidence => -Math.Log(SendIfGreedy);
}
