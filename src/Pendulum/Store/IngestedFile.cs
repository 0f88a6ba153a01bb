namespace Pendulum.Store;

/// <summary>A file the store has ingested, with what its last ingest found. One row per (path, content hash).</summary>
/// <param name="Path">The path as given to <c>ingest</c>, made absolute.</param>
/// <param name="Size">Bytes on disk.</param>
/// <param name="ContentHash">
/// What the file's bytes hash to, named by algorithm: <c>xxh128-4m:</c> and 32 lower-case hex digits (see
/// <c>Pendulum.Ingest.ContentHash</c>); files recorded by stores from before content hashes keep their <c>sha256:</c> hash.
/// </param>
/// <param name="Format">Reader used (<c>gdelt</c>, <c>gdelt-csv</c>, <c>icews</c>, <c>pendulum</c>).</param>
/// <param name="FormatDetail">What the reader detected, e.g. <c>GDELT 2.0 (61 columns)</c>.</param>
/// <param name="Actors">The actor filter of that ingest (<c>USA,CHN</c>), empty for none.</param>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsKept">Rows that became events.</param>
/// <param name="RowsInserted">Events new to the store in that ingest (0 when re-ingested).</param>
/// <param name="RowsFilteredOut">Rows left out by the actor filter.</param>
/// <param name="RowsSkipped">Bad rows skipped by a lenient ingest.</param>
/// <param name="NaRows">R placeholder rows (all <c>NA</c>) left out.</param>
/// <param name="CodesRepaired">CAMEO codes whose leading zeros were restored.</param>
/// <param name="ExponentDates">Dates read from exponent form.</param>
/// <param name="IngestedAt">When the ingest committed (UTC).</param>
public sealed record IngestedFile(
    string Path,
    long Size,
    string ContentHash,
    string Format,
    string FormatDetail,
    string Actors,
    long RowsRead,
    long RowsKept,
    long RowsInserted,
    long RowsFilteredOut,
    long RowsSkipped,
    long NaRows,
    long CodesRepaired,
    long ExponentDates,
    DateTimeOffset IngestedAt);
