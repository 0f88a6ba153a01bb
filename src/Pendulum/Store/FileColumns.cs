using System.Data.Common;
using System.Globalization;

namespace Pendulum.Store;

/// <summary>The <c>files</c> table's columns, shared by both stores.</summary>
internal static class FileColumns
{
    public static readonly string[] Names =
    [
        "path", "size", "content_hash", "format", "format_detail", "actors", "rows_read", "rows_kept", "rows_inserted",
        "rows_filtered_out", "rows_skipped", "na_rows", "codes_repaired", "exponent_dates", "ingested_at",
    ];

    public static string List => string.Join(", ", Names);

    public static object[] Values(IngestedFile f) =>
    [
        f.Path, f.Size, f.ContentHash, f.Format, f.FormatDetail, f.Actors, f.RowsRead, f.RowsKept, f.RowsInserted,
        f.RowsFilteredOut, f.RowsSkipped, f.NaRows, f.CodesRepaired, f.ExponentDates,
        f.IngestedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
    ];

    /// <summary>Runs a <c>SELECT {List} ...</c> and reads every record it returns.</summary>
    public static List<IngestedFile> ReadAll(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var files = new List<IngestedFile>();
        while (reader.Read())
            files.Add(Read(reader));
        return files;
    }

    public static IngestedFile Read(DbDataReader r) => new(
        r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        r.GetInt64(6), r.GetInt64(7), r.GetInt64(8), r.GetInt64(9), r.GetInt64(10), r.GetInt64(11), r.GetInt64(12),
        r.GetInt64(13),
        DateTimeOffset.Parse(r.GetString(14), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
}
