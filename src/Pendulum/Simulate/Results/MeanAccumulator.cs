namespace Pendulum.Simulate;

/// <summary>
/// A running mean and variance by Welford's update: one pass, numerically stable, and the same bits for the same
/// values in the same order.
/// </summary>
public sealed class MeanAccumulator
{
    private double _m2;

    public long Count { get; private set; }

    public double Mean { get; private set; }

    /// <summary>The sample variance <c>m2 / (n - 1)</c>; 0 with fewer than two values.</summary>
    public double Variance => Count > 1 ? _m2 / (Count - 1) : 0;

    public void Add(double x)
    {
        Count++;
        var delta = x - Mean;
        Mean += delta / Count;
        _m2 += delta * (x - Mean);
    }

    /// <summary>The mean with its 95% interval: Wilson's for yes/no outcomes, the normal one otherwise.</summary>
    public Estimate Estimate(bool yesNo = false) => yesNo ? Simulate.Estimate.Wilson(Mean, Count) : Simulate.Estimate.Normal(Mean, _m2, Count);
}
