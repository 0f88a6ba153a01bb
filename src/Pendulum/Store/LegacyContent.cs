namespace Pendulum.Store;

/// <summary>
/// What an upgrade from before content hashes (SQLite schema 3, PostgreSQL and ClickHouse schema 2) writes for the
/// files and volumes it already had, in one place for the three engines.
/// </summary>
internal static class LegacyContent
{
    /// <summary>Marks a file recorded under its SHA-256, which the ingester recognises on a re-ingest.</summary>
    public const string HashPrefix = Ingest.ContentHash.LegacyPrefix;

    /// <summary>
    /// The content under which PostgreSQL and ClickHouse keep the volumes counted from the events stored before the
    /// upgrade (SQLite keeps them in <c>country_days</c>). No file content hashes to it.
    /// </summary>
    public const string Volumes = "legacy";
}
