namespace Pendulum.Scan;

/// <summary>What the threads that scanned one file found: their scanners, and the file's size in bytes.</summary>
internal sealed record PairFileScan(PairRowScanner[] Scanners, long Length, bool Zip)
{
    /// <summary>The file's first bad row: the earliest of the scanners' first ones.</summary>
    public ScanFault? Fault => Scanners.Select(s => s.Fault).Where(f => f is not null).MinBy(f => f!.Value.Offset);

    public long RowsRead => Scanners.Sum(s => s.RowsRead);
}

/// <summary>A pair scan's sums over the files merged so far, in the order given.</summary>
internal sealed class PairScanTotals(bool lenient)
{
    private readonly PairGroupTable _table = new();
    private readonly SortedDictionary<string, long> _skipped = new(StringComparer.Ordinal);
    private readonly List<string> _firstSkipped = [];
    private long _bytes;
    private long _rows;
    private long _kept;

    /// <summary>Adds a file's sums; a strict scan's bad row is thrown here, with its file, line and column.</summary>
    /// <exception cref="BadDataException">The file has a bad row and the scan is strict.</exception>
    public void Add(string path, PairFileScan scan)
    {
        if (scan.Fault is { } fault)
        {
            var line = LineNumbers.At(path, scan.Zip, fault.Offset);
            if (!lenient)
                throw new BadDataException(fault.Reason, path, line, fault.Field);
            _firstSkipped.Add($"{path}:{line}: {fault.Field}: {fault.Reason}");
        }
        foreach (var scanner in scan.Scanners)
        {
            scanner.Table.MergeInto(_table);
            _rows += scanner.RowsRead;
            _kept += scanner.RowsKept;
            foreach (var (field, count) in scanner.Skipped)
                _skipped[field] = _skipped.GetValueOrDefault(field) + count;
        }
        _bytes += scan.Length;
    }

    public PairScanResult ToResult(IReadOnlyList<string> files, PairScanOptions options) =>
        new(_table.ToGroups(options.ActorA, options.ActorB), [.. files], _bytes, _rows, _kept, _skipped, _firstSkipped);
}
