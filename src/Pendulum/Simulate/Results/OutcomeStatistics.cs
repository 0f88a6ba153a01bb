namespace Pendulum.Simulate;

/// <summary>
/// Running means and 95% intervals of every <see cref="Outcome"/> per pair, fed one run at a time in run order
/// (Welford's update), so the result is the same bytes whatever the number of threads.
/// </summary>
public sealed class OutcomeStatistics
{
    private readonly Dictionary<(string Pair, string Outcome), MeanAccumulator> _accumulators = [];
    private readonly List<string> _pairs = [];

    /// <summary>The pairs seen, in first-seen order.</summary>
    public IReadOnlyList<string> Pairs => _pairs;

    public void Add(RunSummary run)
    {
        if (!_pairs.Contains(run.Pair))
            _pairs.Add(run.Pair);
        foreach (var outcome in Outcome.All)
        {
            if (outcome.Value(run) is not { } value)
                continue;
            var key = (run.Pair, outcome.Name);
            if (!_accumulators.TryGetValue(key, out var accumulator))
                _accumulators[key] = accumulator = new MeanAccumulator();
            accumulator.Add(value);
        }
    }

    /// <summary>The estimate of an outcome for a pair; <c>Runs</c> is 0 when no run had a value.</summary>
    public Estimate Get(string pair, Outcome outcome) =>
        _accumulators.TryGetValue((pair, outcome.Name), out var a) ? a.Estimate(outcome.IsYesNo) : Estimate.Empty;
}

/// <summary>A mean over runs with its 95% interval.</summary>
public readonly record struct Estimate(double Mean, double Low, double High, long Runs)
{
    private const double Z = 1.959963984540054;

    public static Estimate Empty { get; } = new(double.NaN, double.NaN, double.NaN, 0);

    /// <summary>Mean plus or minus z times the standard error (sample variance <c>m2 / (n - 1)</c>).</summary>
    public static Estimate Normal(double mean, double m2, long n)
    {
        if (n == 0)
            return Empty;
        var half = n > 1 ? Z * Math.Sqrt(m2 / (n - 1) / n) : double.NaN;
        return new Estimate(mean, mean - half, mean + half, n);
    }

    /// <summary>Wilson's score interval for a proportion: sound at 0 and 1, where the normal interval collapses.</summary>
    public static Estimate Wilson(double share, long n)
    {
        if (n == 0)
            return Empty;
        var z2 = Z * Z;
        var centre = (share + z2 / (2 * n)) / (1 + z2 / n);
        var half = Z * Math.Sqrt(share * (1 - share) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new Estimate(share, Math.Max(0, centre - half), Math.Min(1, centre + half), n);
    }
}
