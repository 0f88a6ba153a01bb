namespace Pendulum.Scan;

/// <summary>What a pair scan found.</summary>
/// <param name="Groups">One per period, direction and QuadClass with rows, sorted by period, Actor1, Actor2 (ordinal text) and QuadClass.</param>
/// <param name="Files">The files scanned, in order.</param>
/// <param name="BytesRead">Bytes of input read (compressed bytes for a zip).</param>
/// <param name="RowsRead">Rows seen, kept or not.</param>
/// <param name="RowsKept">Rows of the pair, in either direction.</param>
/// <param name="RowsSkipped">Rows a lenient scan could not read, by the field at fault; empty when none (and always for a strict scan).</param>
/// <param name="FirstSkipped">Where the first skipped row of each file is, as <c>FILE:LINE: FIELD: reason</c>.</param>
public sealed record PairScanResult(
    IReadOnlyList<PairScanGroup> Groups,
    IReadOnlyList<string> Files,
    long BytesRead,
    long RowsRead,
    long RowsKept,
    IReadOnlyDictionary<string, long> RowsSkipped,
    IReadOnlyList<string> FirstSkipped);

/// <summary>How far a scan has got through one file.</summary>
public readonly record struct PairScanProgress(string File, long BytesDone, long BytesTotal, long RowsRead);
