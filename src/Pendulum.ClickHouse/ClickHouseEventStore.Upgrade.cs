using Pendulum.Store;

namespace Pendulum.ClickHouse;

/// <summary>
/// The upgrade from schema 1, whose <c>files</c> table was keyed by <c>sha256</c> and which had no
/// <c>file_volumes</c>. ClickHouse cannot rename a sorting-key column, so the new tables are built beside the old ones
/// on the first node and then put in their place by renames.
/// </summary>
public sealed partial class ClickHouseEventStore
{
    /// <summary>
    /// The tables the upgrade builds, and the name each replaced table has until it is dropped. The renames run in
    /// this order, <c>files</c> first: once <c>files_sha256</c> exists, the build was complete and the swap began.
    /// </summary>
    private static readonly (string Live, string Building, string Retired)[] UpgradeSwaps =
    [
        (ClickHouseSchema.Files, "files_upgrade", "files_sha256"),
        (ClickHouseSchema.FileVolumes, "file_volumes_upgrade", "file_volumes_retired"),
    ];

    /// <summary>
    /// Upgrades a schema 1 store's first node: the files keep their SHA-256, as <c>sha256:</c> and the hex digits
    /// (the ingester recognises them by it), and <c>file_volumes</c> starts with the volumes counted from the events
    /// stored so far, under the content <c>legacy</c>, as the PostgreSQL store's upgrade does. Safe to interrupt at
    /// any point: the next open either builds again from the untouched old tables or finishes the renames.
    /// </summary>
    /// <param name="tables">The first node's tables as they are now.</param>
    /// <returns>True when it changed the tables (so they need listing again).</returns>
    private bool UpgradeFromVersion1(HashSet<string> tables)
    {
        if (!tables.Contains(UpgradeSwaps[0].Retired))
        {
            if (!tables.Contains(ClickHouseSchema.Files) || !HasColumn(ClickHouseSchema.Files, "sha256"))
                return false;
            BuildUpgradedTables();
        }

        foreach (var (live, building, retired) in UpgradeSwaps)
        {
            tables = Tables(First);
            if (!tables.Contains(building))
                continue;
            if (tables.Contains(live) && !tables.Contains(retired))
                First.Execute($"RENAME TABLE {_db}.{live} TO {_db}.{retired}");
            First.Execute($"RENAME TABLE {_db}.{building} TO {_db}.{live}");
        }

        foreach (var (_, _, retired) in UpgradeSwaps)
            First.Execute($"DROP TABLE IF EXISTS {_db}.{retired}");
        return true;
    }

    /// <summary>Builds the new <c>files</c> and <c>file_volumes</c> under their building names, from scratch.</summary>
    private void BuildUpgradedTables()
    {
        var (files, volumes) = (UpgradeSwaps[0].Building, UpgradeSwaps[1].Building);
        First.Execute($"DROP TABLE IF EXISTS {_db}.{files}");
        First.Execute($"DROP TABLE IF EXISTS {_db}.{volumes}");

        First.Execute(ClickHouseSchema.CreateFiles(_db, files));
        var columns = FileColumns.Names.Select(n => n == "content_hash" ? $"concat('{LegacyContent.HashPrefix}', sha256)" : n);
        // Every row, not only the FINAL ones: the versions replace one another in the new table as they did in the old.
        First.Execute($"""
            INSERT INTO {_db}.{files} (seq, version, {FileColumns.List})
            SELECT seq, version, {string.Join(", ", columns)} FROM {_db}.{ClickHouseSchema.Files}
            """);

        // An event counts once for its source country and once for its target, once only when they are the same;
        // a missing country does not count.
        First.Execute(ClickHouseSchema.CreateFileVolumes(_db, Date32, volumes));
        First.Execute($"""
            INSERT INTO {_db}.{volumes} (content_hash, country, date, events)
            SELECT '{LegacyContent.Volumes}', country, date, count()
            FROM {_db}.{ClickHouseSchema.Events}
            ARRAY JOIN if(ifNull(source_country, '') = ifNull(target_country, ''), [ifNull(source_country, '')],
                          [ifNull(source_country, ''), ifNull(target_country, '')]) AS country
            WHERE country != ''
            GROUP BY country, date
            """);
    }

    private bool HasColumn(string table, string column) =>
        First.Scalar($"""
            SELECT count() FROM system.columns
            WHERE database = {ClickHouseSql.String(_db)} AND table = {ClickHouseSql.String(table)} AND name = {ClickHouseSql.String(column)}
            """) > 0;
}
