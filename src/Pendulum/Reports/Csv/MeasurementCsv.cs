using System.Globalization;
using Pendulum.Belief;
using Pendulum.Observe;

namespace Pendulum.Reports.Csv;

/// <summary>
/// Measurements as CSV: one row per period with the scalar fields of the JSON (no drivers), <c>quad_counts</c>
/// spread into four columns; the matrix as a square table. Column names are part of the interface (docs/cli.md).
/// </summary>
public static class MeasurementCsv
{
    /// <summary>The header of a single pair's CSV.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "period", "events", "events_ab", "events_ba", "verbal_cooperation", "material_cooperation", "verbal_conflict",
        "material_conflict", "goldstein_sum", "goldstein_mean", "goldstein_mean_weighted", "cooperative_share",
        "volume_a", "volume_b", "share_of_volume_a", "share_of_volume_b", "mu_ab", "mu_ba", "position", "zone",
        "has_events", "position_mean", "position_min", "position_min_date", "position_max", "position_end", "zone_share_distrust",
        "zone_share_understanding", "zone_share_trust", "position_low", "position_high", "mu_lower_min", "lower_zone",
    ];

    /// <summary>Writes one pair: the header, then a row per period.</summary>
    public static void Write(PairMeasurement m, TextWriter output)
    {
        output.WriteLine(CsvText.Row(Fields));
        WriteRows(m, output, null);
    }

    /// <summary>Writes several pairs in one table with a leading <c>pair</c> column.</summary>
    public static void WriteMany(IEnumerable<PairMeasurement> measurements, TextWriter output)
    {
        output.WriteLine(CsvText.Row(Fields.Prepend("pair")));
        foreach (var m in measurements)
            WriteRows(m, output, $"{m.CountryA}-{m.CountryB}");
    }

    /// <summary>Writes the matrix: a <c>country</c> column, then one column per country; empty on the diagonal.</summary>
    public static void WriteMatrix(PositionMatrix matrix, TextWriter output)
    {
        var n = matrix.Countries.Count;
        output.WriteLine(CsvText.Row(matrix.Countries.Prepend("country")));
        for (var i = 0; i < n; i++)
            output.WriteLine(CsvText.Row(Enumerable.Range(0, n).Select(j => F(matrix.Position(i, j))).Prepend(matrix.Countries[i])));
    }

    private static void WriteRows(PairMeasurement m, TextWriter output, string? pair)
    {
        foreach (var p in m.Periods)
        {
            var s = p.Summary;
            IEnumerable<string?> row =
            [
                p.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), I(p.Events), I(p.EventsAb), I(p.EventsBa),
                I(p.QuadCounts[0]), I(p.QuadCounts[1]), I(p.QuadCounts[2]), I(p.QuadCounts[3]), F(p.GoldsteinSum),
                F(p.GoldsteinMean), F(p.GoldsteinMeanWeighted), F(p.CooperativeShare), I(p.VolumeA), I(p.VolumeB),
                F(p.ShareOfVolumeA), F(p.ShareOfVolumeB), F(p.MuAb), F(p.MuBa), F(p.Position), p.Zone.Name(),
                p.Events > 0 ? "true" : "false", F(s?.PositionMean), F(s?.PositionMin),
                s?.PositionMinDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), F(s?.PositionMax), F(s?.PositionEnd),
                F(s?.DistrustShare), F(s?.UnderstandingShare), F(s?.TrustShare), F(s?.PositionLow), F(s?.PositionHigh),
                F(s?.MuLowerMin), s?.LowerZone.Name(),
            ];
            output.WriteLine(CsvText.Row(pair is null ? row : row.Prepend(pair)));
        }
    }

    private static string? I(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? F(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
