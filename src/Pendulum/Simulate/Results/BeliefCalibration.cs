namespace Pendulum.Simulate;

/// <summary>
/// The reliability table of the simulated beliefs (docs/model.md section 6): over every step of every run, both
/// directions of every pair, how often the believed-about state really was a security seeker, in ten bins of the
/// belief <c>mu</c>. A filter whose likelihoods match the model that generates the actions has, in each bin, a share
/// of security seekers near the bin's mean belief. Sums are kept in integers (beliefs in billionths), so tables from
/// several threads or shards add up to the same numbers in any order.
/// </summary>
public sealed class BeliefCalibration
{
    /// <summary>Number of bins of width 0.1.</summary>
    public const int Bins = 10;

    private const double Scale = 1e9;
    private readonly long[] _steps = new long[Bins];
    private readonly long[] _trustworthy = new long[Bins];
    private readonly long[] _muBillionths = new long[Bins];

    /// <summary>Counts one belief <paramref name="mu"/> about a state whose type is <paramref name="trustworthy"/>.</summary>
    public void Add(double mu, bool trustworthy)
    {
        var bin = Math.Clamp((int)(mu * Bins), 0, Bins - 1);
        _steps[bin]++;
        if (trustworthy)
            _trustworthy[bin]++;
        _muBillionths[bin] += (long)Math.Round(mu * Scale);
    }

    /// <summary>Adds another table's counts (another thread's or shard's).</summary>
    public void Merge(BeliefCalibration other)
    {
        for (var i = 0; i < Bins; i++)
            AddCounts(i, other._steps[i], other._trustworthy[i], other._muBillionths[i]);
    }

    /// <summary>Adds saved counts of one bin (a shard's file).</summary>
    public void AddCounts(int bin, long steps, long trustworthy, long muBillionths)
    {
        _steps[bin] += steps;
        _trustworthy[bin] += trustworthy;
        _muBillionths[bin] += muBillionths;
    }

    public void Clear()
    {
        Array.Clear(_steps);
        Array.Clear(_trustworthy);
        Array.Clear(_muBillionths);
    }

    /// <summary>The raw counts per bin, for shard files.</summary>
    public IEnumerable<(int Bin, long Steps, long Trustworthy, long MuBillionths)> Counts() =>
        Enumerable.Range(0, Bins).Select(i => (i, _steps[i], _trustworthy[i], _muBillionths[i]));

    /// <summary>The table's rows, low bin first; empty bins have NaN means.</summary>
    public IReadOnlyList<CalibrationBin> Rows() => [.. Enumerable.Range(0, Bins).Select(i => new CalibrationBin(
        i / (double)Bins, (i + 1) / (double)Bins,
        _steps[i] == 0 ? double.NaN : _muBillionths[i] / Scale / _steps[i],
        _steps[i] == 0 ? double.NaN : _trustworthy[i] / (double)_steps[i],
        _steps[i]))];

    /// <summary>The bin with the largest <c>|share_trustworthy - mean_mu|</c> among those with at least <paramref name="minSteps"/> steps; null when none has.</summary>
    public CalibrationBin? LargestGap(long minSteps) =>
        Rows().Where(r => r.Steps >= minSteps).OrderByDescending(r => r.Gap).ThenBy(r => r.Low).Cast<CalibrationBin?>().FirstOrDefault();
}

/// <summary>One row of calibration.csv.</summary>
/// <param name="Low">The bin's lower edge of <c>mu</c> (inclusive).</param>
/// <param name="High">Its upper edge (exclusive, but 1 belongs to the last bin).</param>
/// <param name="MeanMu">The mean belief of the steps in the bin.</param>
/// <param name="ShareTrustworthy">The share of those steps in which the believed-about state was a security seeker.</param>
/// <param name="Steps">Steps times directions in the bin, over all runs and pairs.</param>
public readonly record struct CalibrationBin(double Low, double High, double MeanMu, double ShareTrustworthy, long Steps)
{
    /// <summary><c>|share_trustworthy - mean_mu|</c>.</summary>
    public double Gap => Math.Abs(ShareTrustworthy - MeanMu);
}
