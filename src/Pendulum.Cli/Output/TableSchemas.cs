namespace Pendulum.Cli.Output;

/// <summary>
/// The column kinds of every table that leaves Pendulum, by the CSV header names of docs/cli.md. Columns not named
/// here are text (or, where a table says so, real numbers).
/// </summary>
internal static class TableSchemas
{
    /// <summary><c>events</c> (EventCsv): ids, codes (with their leading zeros) and names stay text.</summary>
    public static readonly TableSchema Events = TableSchema.Of(
        dates: ["date"],
        integers: ["quad_class", "mentions", "sources", "articles"],
        reals: ["goldstein", "tone", "lat", "lon"]);

    /// <summary><c>measure</c>, one pair or several (with a leading <c>pair</c> column).</summary>
    public static readonly TableSchema Measurement = TableSchema.Of(
        dates: ["period"],
        integers: ["events", "events_ab", "events_ba", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict",
            "volume_a", "volume_b"],
        reals: ["goldstein_sum", "goldstein_mean", "goldstein_mean_weighted", "cooperative_share", "share_of_volume_a", "share_of_volume_b",
            "mu_ab", "mu_ba", "position"]);

    /// <summary><c>measure --actors --at</c>: a <c>country</c> column, then one position column per country.</summary>
    public static readonly TableSchema Matrix = TableSchema.Of(texts: ["country"], others: ColumnKind.Real);

    /// <summary><c>aggregate</c>: GDELT's own period keys (SQLDATE a day; MonthYear and Year numbers) and sums.</summary>
    public static readonly TableSchema Aggregate = TableSchema.Of(
        dates: ["SQLDATE"],
        integers: ["MonthYear", "Year", "QuadClass", "count", "sum_nummentions"],
        reals: ["sum_goldstein", "sum_goldstein_x_mentions"]);

    /// <summary><c>crises</c>: one row per episode.</summary>
    public static readonly TableSchema Crises = TableSchema.Of(
        dates: ["start", "peak", "end"],
        integers: ["days"],
        reals: ["severity", "excess_intensity", "mu_drop", "peak_intensity"],
        booleans: ["ongoing"]);

    /// <summary><c>channels</c>: one row per status change.</summary>
    public static readonly TableSchema Channels = TableSchema.Of(dates: ["date"], integers: ["event_count"], booleans: ["declared"]);

    /// <summary><c>sources</c>: one row per ingested file.</summary>
    public static readonly TableSchema Sources = TableSchema.Of(
        integers: ["size", "rows_read", "rows_kept", "rows_inserted", "rows_filtered_out", "rows_skipped", "na_rows", "codes_repaired",
            "exponent_dates"],
        timestamps: ["ingested_at"]);

    /// <summary><c>compare</c>: one row per pair and outcome.</summary>
    public static readonly TableSchema Compare = TableSchema.Of(
        integers: ["runs"], reals: ["mean_a", "mean_b", "difference", "ci_low", "ci_high"]);

    /// <summary>audit's rows: an expected sign as an integer (null where theory says nothing), the verdict as a boolean.</summary>
    public static readonly TableSchema Audit = TableSchema.Of(
        integers: ["expected_sign", "runs"], reals: ["difference", "ci_low", "ci_high"], booleans: ["agrees"]);

    /// <summary>An outcome summary: simulate's summary.csv, and sweep.csv with the swept values (inferred) in front.</summary>
    public static readonly TableSchema Outcomes = TableSchema.Of(integers: ["runs"], reals: ["mean", "ci_low", "ci_high"]);

    /// <summary>simulate's runs.csv: one row per run and pair; counts and 0/1 flags are integers, the rest reals.</summary>
    public static readonly TableSchema Runs = TableSchema.Of(
        texts: ["pair"],
        integers: ["run", "crises", "top_rung", "accidental_war", "incidents", "incidents_read_as_deliberate", "hotline_reveals",
            "core_challenges", "suspensions", "projects_proposed", "projects_committed", "projects_completed", "signals_sent"],
        others: ColumnKind.Real);

    /// <summary>simulate's steps.csv: step, date, pair, then quantiles of each series.</summary>
    public static readonly TableSchema Steps = TableSchema.Of(integers: ["step"], dates: ["date"], texts: ["pair"], others: ColumnKind.Real);
}
