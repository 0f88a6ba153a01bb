namespace Pendulum.Scan;

/// <summary>What <see cref="PairScanner"/> keeps and how it works.</summary>
public sealed record PairScanOptions
{
    /// <summary>One side of the pair: the exact bytes of <c>Actor1CountryCode</c> or <c>Actor2CountryCode</c> (e.g. <c>USA</c>).</summary>
    public required string ActorA { get; init; }

    /// <summary>The other side (e.g. <c>CHN</c>). Rows are kept in both directions.</summary>
    public required string ActorB { get; init; }

    /// <summary>The period rows are grouped by. The default value is <see cref="ScanPeriod.Day"/>.</summary>
    public ScanPeriod Period { get; init; } = ScanPeriod.Day;

    /// <summary>
    /// Threads that scan a file's chunks. The default value, 0, means one per processor. The result does not depend
    /// on it: sums are kept exactly (see <see cref="PairScanGroup"/>), so the order chunks finish in cannot show.
    /// </summary>
    public int Threads { get; init; }

    /// <summary>
    /// When true, a row the scan cannot read is skipped and counted (<see cref="PairScanResult.RowsSkipped"/>)
    /// instead of stopping the scan. The default value is false: the first bad row stops it with its file, line and field.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>
    /// Bytes of file each thread reads and scans at a time. The default value, 4 MiB, keeps the working set inside
    /// the caches' reach while amortising each read call; memory is about threads x this, whatever the input size.
    /// </summary>
    public int ChunkBytes { get; init; } = 4 << 20;

    internal int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;

    internal void Validate()
    {
        foreach (var (code, name) in new[] { (ActorA, nameof(ActorA)), (ActorB, nameof(ActorB)) })
        {
            if (string.IsNullOrEmpty(code) || code.Any(c => c is '\t' or '\n' or '\r' || c > 127))
                throw new UsageException($"'{code}' is not a country code a GDELT row can hold", name);
        }
        if (Threads < 0)
            throw new UsageException($"threads must be 0 (one per processor) or more, not {Threads}", nameof(Threads));
        if (ChunkBytes < 4096)
            throw new UsageException($"chunks must be at least 4096 bytes, not {ChunkBytes}", nameof(ChunkBytes));
    }
}
