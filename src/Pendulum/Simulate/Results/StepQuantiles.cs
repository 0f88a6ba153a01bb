namespace Pendulum.Simulate;

/// <summary>
/// Per-step quantiles across runs, kept in fixed-size histograms so memory does not grow with the number of runs:
/// for each pair, series and step, counts in bins of width <see cref="BinWidth"/> (beliefs on [0, 1], positions on
/// [-1, 1]) and exact counts per rung for the crisis level. A quantile is the nearest-rank quantile of the binned
/// values, reported at its bin's centre: within <see cref="BinWidth"/> / 2 = 0.00125 of the exact nearest-rank
/// quantile of the runs' values; crisis quantiles are exact. Counts add up, so merging the histograms of threads
/// or shards gives the same bytes in any order (a streaming estimator such as P-square would depend on the order).
/// </summary>
public sealed class StepQuantiles
{
    /// <summary>Width of a belief or position bin.</summary>
    public const double BinWidth = 0.0025;

    /// <summary>The quantiles written to steps.csv and steps.json.</summary>
    public static IReadOnlyList<double> Levels { get; } = [0.05, 0.25, 0.50, 0.75, 0.95];

    private static readonly int[] BinsOf = [400, 400, 800, CrisisParameters.TopRung + 1];
    private static readonly int[] Offsets = [0, 400, 800, 1600];
    private const int BinsPerStep = 1607;

    private readonly int[][] _counts;

    public StepQuantiles(int pairs, int steps)
    {
        Pairs = pairs;
        Steps = steps;
        _counts = [.. Enumerable.Range(0, pairs).Select(_ => new int[steps * BinsPerStep])];
    }

    public int Pairs { get; }

    public int Steps { get; }

    /// <summary>How many runs were added.</summary>
    public long Runs { get; private set; }

    // Counts are laid out bin-major, (series offset + bin) * Steps + step: a run's value moves little from one step to
    // the next, so its increments walk memory almost sequentially instead of missing the cache at every step.
    public void Add(StepTrace trace)
    {
        for (var p = 0; p < Pairs; p++)
        {
            var counts = _counts[p];
            for (var s = 0; s < StepSeries.Count; s++)
            {
                for (var step = 0; step < Steps; step++)
                    counts[(Offsets[s] + Bin(s, trace.Series[p, s, step])) * Steps + step]++;
            }
        }

        Runs++;
    }

    /// <summary>Adds another accumulator's counts (same scenario shape) into this one.</summary>
    public void Merge(StepQuantiles other)
    {
        if (other.Pairs != Pairs || other.Steps != Steps)
            throw new ArgumentException("the histograms belong to scenarios of another shape", nameof(other));
        for (var p = 0; p < Pairs; p++)
        {
            var mine = _counts[p];
            var theirs = other._counts[p];
            for (var i = 0; i < mine.Length; i++)
                mine[i] += theirs[i];
        }

        Runs += other.Runs;
    }

    /// <summary>The nearest-rank quantile <paramref name="level"/> of a series at a step; NaN before any run.</summary>
    public double Quantile(int pair, int series, int step, double level)
    {
        if (Runs == 0)
            return double.NaN;
        var rank = Rank(level);
        var counts = _counts[pair];
        long seen = 0;
        for (var b = 0; b < BinsOf[series]; b++)
        {
            seen += counts[(Offsets[series] + b) * Steps + step];
            if (seen >= rank)
                return Centre(series, b);
        }

        return Centre(series, BinsOf[series] - 1);
    }

    /// <summary>
    /// Every step's quantiles of a series at once, indexed [step, level] (levels as in <see cref="Levels"/>): one pass
    /// over the bins, the same values as <see cref="Quantile"/>.
    /// </summary>
    public double[,] Table(int pair, int series)
    {
        var table = new double[Steps, Levels.Count];
        if (Runs == 0)
        {
            for (var step = 0; step < Steps; step++)
            {
                for (var l = 0; l < Levels.Count; l++)
                    table[step, l] = double.NaN;
            }

            return table;
        }

        var ranks = Levels.Select(Rank).ToArray();
        var next = new int[Steps]; // the first level not yet found, per step (ranks rise with the level)
        var seen = new long[Steps];
        var counts = _counts[pair];
        for (var b = 0; b < BinsOf[series]; b++)
        {
            var row = (Offsets[series] + b) * Steps;
            var last = b == BinsOf[series] - 1;
            for (var step = 0; step < Steps; step++)
            {
                seen[step] += counts[row + step];
                while (next[step] < ranks.Length && (seen[step] >= ranks[next[step]] || last))
                    table[step, next[step]++] = Centre(series, b);
            }
        }

        return table;
    }

    private long Rank(double level) => Math.Max(1, (long)Math.Ceiling(level * Runs - 1e-9));

    /// <summary>The non-zero counts, for saving a shard: (pair, flat index, count).</summary>
    public IEnumerable<(int Pair, int Index, int Count)> NonZero()
    {
        for (var p = 0; p < Pairs; p++)
        {
            var counts = _counts[p];
            for (var i = 0; i < counts.Length; i++)
            {
                if (counts[i] != 0)
                    yield return (p, i, counts[i]);
            }
        }
    }

    /// <summary>Adds saved counts (see <see cref="NonZero"/>) and the number of runs they hold.</summary>
    public void AddSaved(IEnumerable<(int Pair, int Index, int Count)> counts, long runs)
    {
        foreach (var (pair, index, count) in counts)
        {
            if (pair < 0 || pair >= Pairs || index < 0 || index >= _counts[pair].Length)
                throw new ArgumentOutOfRangeException(nameof(counts), "a saved count lies outside the histograms");
            _counts[pair][index] += count;
        }

        Runs += runs;
    }

    private static int Bin(int series, double value) => series switch
    {
        StepSeries.Crisis => (int)value,
        StepSeries.Position => Math.Clamp((int)((value + 1) / BinWidth), 0, BinsOf[series] - 1),
        _ => Math.Clamp((int)(value / BinWidth), 0, BinsOf[series] - 1),
    };

    private static double Centre(int series, int bin) => series switch
    {
        StepSeries.Crisis => bin,
        StepSeries.Position => -1 + (bin + 0.5) * BinWidth,
        _ => (bin + 0.5) * BinWidth,
    };
}
