using Pendulum.Store;

namespace Pendulum.ClickHouse;

/// <summary>
/// The tables, derived from the same column lists as the SQL stores (<c>EventColumns</c>, <c>FileColumns</c>).
/// On every node: <c>events_local</c>, a ReplacingMergeTree keyed by (dataset, event_id), and <c>events</c>, a
/// Distributed table over every node's <c>events_local</c>, sharded by the unordered pair of countries; the same for
/// period aggregates, <c>period_counts_local</c> under <c>period_counts</c>. On the first node only: <c>files</c>,
/// <c>file_volumes</c> and <c>pendulum_meta</c>.
/// </summary>
internal static class ClickHouseSchema
{
    /// <summary>
    /// Version of this layout, kept in <c>pendulum_meta</c>; a newer one is refused. Version 2: files are told apart by
    /// <c>content_hash</c> (was <c>sha256</c>), and <c>file_volumes</c> keeps each file content's events per country
    /// and day (see <see cref="ClickHouseEventStore"/>'s upgrade). Version 3: period aggregates in <c>period_counts</c>
    /// (created empty when an older store is opened).
    /// </summary>
    public const int Version = 3;

    public const string LocalEvents = "events_local";

    public const string Events = "events";

    public const string Files = "files";

    public const string FileVolumes = "file_volumes";

    public const string Meta = "pendulum_meta";

    public const string LocalPeriodCounts = "period_counts_local";

    public const string PeriodCounts = "period_counts";

    /// <summary>Prefix of the per-ingest staging tables on the first node.</summary>
    public const string StagingPrefix = "staging_";

    /// <summary>Which event columns are <c>Nullable</c>, in <c>EventColumns.Names</c> order.</summary>
    public static readonly bool[] EventNullable = EventColumns.Columns.Select(c => c.Type.EndsWith('?')).ToArray();

    /// <summary>The <c>files</c> columns after <c>seq</c> and <c>version</c>: text ones as String, counts as Int64.</summary>
    public static readonly string[] FileTypes = FileColumns.Names
        .Select(n => n is "path" or "content_hash" or "format" or "format_detail" or "actors" or "ingested_at" ? "String" : "Int64")
        .ToArray();

    /// <summary>
    /// The shard of an event: a hash of its two countries in sorted order, so both directions of a pair, and so every
    /// copy of one event, land on the same shard.
    /// </summary>
    public const string ShardKey =
        "cityHash64(if(ifNull(source_country, '') < ifNull(target_country, ''), ifNull(source_country, ''), ifNull(target_country, '')), "
        + "if(ifNull(source_country, '') < ifNull(target_country, ''), ifNull(target_country, ''), ifNull(source_country, '')))";

    /// <summary>The event columns with their types; dates as <c>Date32</c> when <paramref name="date32"/>.</summary>
    public static string EventColumnDefinitions(bool date32) =>
        string.Join(",\n  ", EventColumns.Columns.Select(c => $"{c.Name} {Type(c.Type, date32)}"));

    /// <summary>The date type of a store's columns: <c>Date32</c> (1900-2299) where the server has it, else <c>Date</c> (1970-2105).</summary>
    public static string DateType(bool date32) => date32 ? "Date32" : "Date";

    /// <summary>
    /// <c>events_local</c>: ReplacingMergeTree on (dataset, event_id), the same key as the SQL stores. Ingest already
    /// leaves out events that are stored; the engine is the safety net for two ingests racing on the same events,
    /// whose copies it folds into one when it merges parts. Partitions by year keep the duplicate check (which must
    /// look in every partition) cheap while still letting a date range skip whole years.
    /// </summary>
    /// <remarks>A single server (no cluster) keeps its events in this table itself, named <see cref="Events"/>.</remarks>
    public static string CreateLocalEvents(string db, bool date32, string table = LocalEvents) => $"""
        CREATE TABLE IF NOT EXISTS {db}.{table} (
          {EventColumnDefinitions(date32)})
        ENGINE = ReplacingMergeTree PARTITION BY toYear(date) ORDER BY (dataset, event_id)
        """;

    public static string CreateEvents(string db, string cluster) =>
        $"CREATE TABLE IF NOT EXISTS {db}.{Events} AS {db}.{LocalEvents} "
        + $"ENGINE = Distributed({ClickHouseSql.String(cluster)}, {ClickHouseSql.String(db)}, {ClickHouseSql.String(LocalEvents)}, {ShardKey})";

    /// <summary>
    /// One row per (path, content_hash): the highest <c>version</c> wins when read with FINAL; <c>seq</c> keeps
    /// first-ingest order. <paramref name="table"/> is another name only while a schema upgrade builds it.
    /// </summary>
    public static string CreateFiles(string db, string table = Files) => $"""
        CREATE TABLE IF NOT EXISTS {db}.{table} (
          seq UInt64, version UInt64,
          {string.Join(", ", FileColumns.Names.Zip(FileTypes, (n, t) => $"{n} {t}"))})
        ENGINE = ReplacingMergeTree(version) ORDER BY (path, content_hash)
        """;

    /// <summary>
    /// A file content's events per (country, day), as the ingester counted them from every row it read; a country's
    /// daily volume is their sum over contents. The writer adds only the entries a content does not have yet, so
    /// reads need no FINAL; as with <c>events_local</c>, the ReplacingMergeTree on the key is the safety net for two
    /// ingests of the same content racing. On the first node only, like <c>files</c>: it grows with the files
    /// ingested (a few hundred entries per GDELT file), not with their events.
    /// </summary>
    public static string CreateFileVolumes(string db, bool date32, string table = FileVolumes) => $"""
        CREATE TABLE IF NOT EXISTS {db}.{table} (
          content_hash String, country String, date {DateType(date32)}, events Int64)
        ENGINE = ReplacingMergeTree ORDER BY (content_hash, country, date)
        """;

    /// <summary>Which <c>period_counts</c> columns are <c>Nullable</c> (the Goldstein sums), in table order.</summary>
    public static readonly bool[] PeriodCountNullable = PeriodCountRows.Columns.Select(c => c.Type.EndsWith('?')).ToArray();

    /// <summary>
    /// The <c>period_counts</c> columns with their types: counts as <c>Int64</c> (a count is a <c>long</c>), dates as
    /// the store's events have them.
    /// </summary>
    public static string PeriodCountColumnDefinitions(bool date32) =>
        string.Join(", ", PeriodCountRows.Columns.Select(c => $"{c.Name} {(c.Type == "int" ? "Int64" : Type(c.Type, date32))}"));

    /// <summary>
    /// <c>period_counts_local</c>: this shard's period aggregates, a ReplacingMergeTree on the key the SQL stores use.
    /// As with events, ingest leaves out the counts already stored and the engine folds the copies two ingests racing
    /// could leave. A single server keeps them in this table itself, named <see cref="PeriodCounts"/>.
    /// </summary>
    public static string CreateLocalPeriodCounts(string db, bool date32, string table = LocalPeriodCounts) =>
        $"CREATE TABLE IF NOT EXISTS {db}.{table} ({PeriodCountColumnDefinitions(date32)}) ENGINE = ReplacingMergeTree ORDER BY ({PeriodCountRows.Key})";

    /// <summary><c>period_counts</c> over every node's <c>period_counts_local</c>, sharded as events are, by the unordered pair.</summary>
    public static string CreatePeriodCounts(string db, string cluster) =>
        $"CREATE TABLE IF NOT EXISTS {db}.{PeriodCounts} AS {db}.{LocalPeriodCounts} "
        + $"ENGINE = Distributed({ClickHouseSql.String(cluster)}, {ClickHouseSql.String(db)}, {ClickHouseSql.String(LocalPeriodCounts)}, {ShardKey})";

    /// <summary>
    /// A writer's staging table for period counts, read with FINAL: <c>ordinal</c> counts down, so the file's first
    /// count of a key wins, as for staged events.
    /// </summary>
    public static string CreatePeriodCountStaging(string db, string table, bool date32) =>
        $"CREATE TABLE {db}.{table} ({PeriodCountColumnDefinitions(date32)}, ordinal UInt64) ENGINE = ReplacingMergeTree(ordinal) ORDER BY ({PeriodCountRows.Key})";

    /// <summary>The staged period counts the store does not hold yet, ready to move.</summary>
    public static string CreatePeriodCountFresh(string db, string table, bool date32) =>
        $"CREATE TABLE {db}.{table} ({PeriodCountColumnDefinitions(date32)}) ENGINE = Log";

    public static string CreateMeta(string db) => $"CREATE TABLE IF NOT EXISTS {db}.{Meta} (key String, value String) ENGINE = TinyLog";

    /// <summary>
    /// A writer's staging table: every event of the file with <c>ordinal</c>, its place in the file. Read with FINAL,
    /// ReplacingMergeTree keeps one row per key, the one with the highest version: <c>ordinal</c> counts down, so the
    /// file's first copy of a key wins, as with the SQL stores' <c>ON CONFLICT DO NOTHING</c>.
    /// </summary>
    public static string CreateStaging(string db, string table, bool date32) => $"""
        CREATE TABLE {db}.{table} (
          {EventColumnDefinitions(date32)},
          ordinal UInt64)
        ENGINE = ReplacingMergeTree(ordinal) ORDER BY (dataset, event_id)
        """;

    /// <summary>The events of a staged file that the store does not hold yet, ready to move.</summary>
    public static string CreateFresh(string db, string table, bool date32) => $"""
        CREATE TABLE {db}.{table} (
          {EventColumnDefinitions(date32)})
        ENGINE = Log
        """;

    private static string Type(string neutral, bool date32)
    {
        var type = neutral.TrimEnd('?') switch
        {
            "date" => DateType(date32),
            "int" => "Int32",
            "real" => "Float64",
            _ => "String",
        };
        return neutral.EndsWith('?') ? $"Nullable({type})" : type;
    }
}
