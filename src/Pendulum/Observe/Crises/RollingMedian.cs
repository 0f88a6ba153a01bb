namespace Pendulum.Observe.Crises;

/// <summary>
/// Median and median absolute deviation of the last <c>window</c> values pushed, kept in a sorted buffer:
/// O(window) per push and per MAD, no allocation after the first window.
/// </summary>
internal sealed class RollingMedian(int window)
{
    private readonly Queue<double> _order = new(window);
    private readonly List<double> _sorted = new(window);

    /// <summary>Values held (at most the window).</summary>
    public int Count => _sorted.Count;

    /// <summary>The median of the values held; 0 when none.</summary>
    public double Median
    {
        get
        {
            var n = _sorted.Count;
            if (n == 0)
                return 0;
            return n % 2 == 1 ? _sorted[n / 2] : (_sorted[n / 2 - 1] + _sorted[n / 2]) / 2;
        }
    }

    /// <summary>Adds a value, dropping the oldest once the window is full.</summary>
    public void Push(double value)
    {
        if (_order.Count == window)
        {
            var old = _order.Dequeue();
            _sorted.RemoveAt(_sorted.BinarySearch(old));
        }

        _order.Enqueue(value);
        var at = _sorted.BinarySearch(value);
        _sorted.Insert(at < 0 ? ~at : at, value);
    }

    /// <summary>
    /// The median of |x - median| over the values held; 0 when none. The deviations below and above the median are
    /// each already in order in the sorted buffer, so a merge finds the middle one without sorting.
    /// </summary>
    public double MedianAbsoluteDeviation()
    {
        var n = _sorted.Count;
        if (n == 0)
            return 0;
        var m = Median;
        var up = _sorted.BinarySearch(m);
        up = up < 0 ? ~up : up;
        while (up > 0 && _sorted[up - 1] >= m)
            up--; // first index holding a value >= m
        var down = up - 1; // last index holding a value < m
        double previous = 0;
        double current = 0;
        for (var k = 0; k <= n / 2; k++)
        {
            previous = current;
            var below = down >= 0 ? m - _sorted[down] : double.PositiveInfinity;
            var above = up < n ? _sorted[up] - m : double.PositiveInfinity;
            if (above <= below)
            {
                current = above;
                up++;
            }
            else
            {
                current = below;
                down--;
            }
        }

        return n % 2 == 1 ? current : (previous + current) / 2;
    }
}
