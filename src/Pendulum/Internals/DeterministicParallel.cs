namespace Pendulum.Internals;

/// <summary>
/// Parallel work whose result does not depend on the thread count: the index range is cut into chunks whose
/// boundaries depend only on the range and the chunk size, each chunk is reduced on its own, and the chunk results
/// come back in index order for the caller to merge in that order.
/// </summary>
internal static class DeterministicParallel
{
    /// <summary>Runs <paramref name="chunk"/>(start, end) over [0, <paramref name="count"/>) in chunks of <paramref name="chunkSize"/>.</summary>
    /// <param name="count">Number of items (runs, matches).</param>
    /// <param name="chunkSize">Items per chunk; the last chunk may be shorter.</param>
    /// <param name="threads">Most threads to use; null for one per processor.</param>
    /// <param name="chunk">Reduces items [start, end) to one result.</param>
    /// <param name="cancel">Checked between chunks.</param>
    public static T[] Chunks<T>(long count, int chunkSize, int? threads, Func<long, long, T> chunk, CancellationToken cancel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var chunks = checked((int)((count + chunkSize - 1) / chunkSize));
        var results = new T[chunks];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount,
            CancellationToken = cancel,
        };
        Parallel.For(0, chunks, options, i =>
        {
            var start = (long)i * chunkSize;
            results[i] = chunk(start, Math.Min(count, start + chunkSize));
        });
        return results;
    }
}
