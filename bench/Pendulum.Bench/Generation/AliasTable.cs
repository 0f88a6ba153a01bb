using Pendulum.Internals;

namespace Pendulum.Bench.Generation;

/// <summary>
/// Draws an index with probability proportional to its weight in constant time (Vose's alias method).
/// One 64-bit draw per sample: the high half picks the column, the low half decides between it and its alias;
/// the bias this leaves (about n / 2^32) is far below anything a benchmark file could show.
/// </summary>
internal sealed class AliasTable
{
    private const double LowScale = 1.0 / 4294967296.0;

    private readonly double[] _probability;
    private readonly int[] _alias;

    public AliasTable(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0)
        {
            throw new ArgumentException("An alias table needs at least one weight.", nameof(weights));
        }
        var n = weights.Count;
        var total = 0.0;
        foreach (var w in weights)
        {
            if (!(w >= 0) || double.IsInfinity(w))
            {
                throw new ArgumentException($"Weights must be finite and non-negative; got {w}.", nameof(weights));
            }
            total += w;
        }
        if (total <= 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
        }

        _probability = new double[n];
        _alias = new int[n];
        var scaled = new double[n];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = n - 1; i >= 0; i--)
        {
            scaled[i] = weights[i] * n / total;
            (scaled[i] < 1.0 ? small : large).Push(i);
        }
        while (small.Count > 0 && large.Count > 0)
        {
            var s = small.Pop();
            var l = large.Pop();
            _probability[s] = scaled[s];
            _alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1.0;
            (scaled[l] < 1.0 ? small : large).Push(l);
        }
        // What is left is 1.0 up to rounding.
        foreach (var i in small.Concat(large))
        {
            _probability[i] = 1.0;
            _alias[i] = i;
        }
    }

    /// <summary>How many weights the table was built from.</summary>
    public int Count => _probability.Length;

    /// <summary>An index in [0, <see cref="Count"/>) drawn by weight.</summary>
    public int Sample(RandomStream random)
    {
        var bits = random.NextUInt64();
        var column = (int)(((bits >> 32) * (ulong)_probability.Length) >> 32);
        return (uint)bits * LowScale < _probability[column] ? column : _alias[column];
    }
}
