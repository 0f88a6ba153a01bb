namespace Pendulum.Games;

/// <summary>
/// Count, mean and sum of squared deviations of a stream (Welford), mergeable (Chan, Golub and LeVeque 1979), so a
/// chunk of runs can be summarised on its own thread and the chunks combined in run order.
/// </summary>
internal struct RunningMoments
{
    public long Count { get; private set; }

    public double Mean { get; private set; }

    private double _m2;

    public void Add(double x)
    {
        Count++;
        var delta = x - Mean;
        Mean += delta / Count;
        _m2 += delta * (x - Mean);
    }

    public void Merge(RunningMoments other)
    {
        if (other.Count == 0)
            return;
        var count = Count + other.Count;
        var delta = other.Mean - Mean;
        Mean += delta * other.Count / count;
        _m2 += other._m2 + delta * delta * Count * other.Count / count;
        Count = count;
    }

    /// <summary>The estimate of the mean: sample standard deviation (n - 1) over the square root of n.</summary>
    public readonly PayoffEstimate Estimate() =>
        new(Mean, Count > 1 ? Math.Sqrt(_m2 / (Count - 1) / Count) : double.NaN);
}
