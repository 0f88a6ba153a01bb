namespace Pendulum.Calibrate;

/// <summary>
/// A moment over simulated histories: the mean, the spread between histories, the Monte Carlo error of the mean, and
/// the range that holds the middle 90% of the histories.
/// </summary>
/// <param name="Mean">Mean over the histories that give the moment a value.</param>
/// <param name="Spread">Standard deviation between histories: how far one history as long as the record strays from the mean.</param>
/// <param name="StandardError">Monte Carlo standard error of <paramref name="Mean"/>: the spread over the square root of the histories.</param>
/// <param name="Histories">Histories with a value (runs without a lifted suspension have no median length).</param>
/// <param name="P5">5th percentile over the histories (linear between order statistics); NaN without histories.</param>
/// <param name="P95">95th percentile over the histories; NaN without histories.</param>
public readonly record struct MomentEstimate(double Mean, double Spread, double StandardError, int Histories, double P5, double P95)
{
    /// <summary>The estimate from one value per history, in run order (the order does not change the result).</summary>
    public static MomentEstimate Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
            return new MomentEstimate(double.NaN, double.NaN, double.NaN, 0, double.NaN, double.NaN);
        var mean = 0.0;
        var m2 = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            var delta = values[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (values[i] - mean);
        }

        var variance = values.Count > 1 ? m2 / (values.Count - 1) : 0;
        var sorted = values.Order().ToArray();
        return new MomentEstimate(mean, Math.Sqrt(variance), Math.Sqrt(variance / values.Count), values.Count, Quantile(sorted, 0.05), Quantile(sorted, 0.95));
    }

    /// <summary>True when <paramref name="observed"/> lies within [<see cref="P5"/>, <see cref="P95"/>].</summary>
    public bool Covers(double observed) => Histories > 0 && observed >= P5 && observed <= P95;

    // Hyndman and Fan's type 7 (R's default): linear between the order statistics at (n - 1) p.
    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
