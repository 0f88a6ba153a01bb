namespace Pendulum.ClickHouse;

public sealed partial class ClickHouseEventStore
{
    /// <summary>
    /// Checks every node's cluster against the connection string, creates what is missing on each node (DDL runs per
    /// node: <c>ON CLUSTER</c> needs ZooKeeper), refuses a store written by a newer Pendulum and upgrades one written
    /// by an older one (schema 1's files and volumes rebuilt; from schema 2, <c>period_counts</c> created empty). The
    /// version is written last, so an upgrade interrupted before it runs again at the next open.
    /// </summary>
    private void EnsureSchema()
    {
        var cluster = ClickHouseSql.String(Connection.Cluster);
        // The first node's tables, listed once here and again only after an upgrade changed them: each listing is a
        // round trip, and opening a store is part of every command.
        HashSet<string>? firstTables = null;
        // Every node's tables as listed here, for the tables created after the version check.
        var nodeTables = new List<HashSet<string>>();
        if (Connection.SingleServer)
        {
            firstTables = Tables(First);
            nodeTables.Add(firstTables);
            Date32 = ChooseDate32(firstTables, ClickHouseSchema.Events);
            if (!firstTables.Contains(ClickHouseSchema.Events))
            {
                First.Execute($"CREATE DATABASE IF NOT EXISTS {_db}");
                First.Execute(ClickHouseSchema.CreateLocalEvents(_db, Date32, ClickHouseSchema.Events));
            }
        }

        foreach (var node in Connection.SingleServer ? [] : Nodes)
        {
            var shards = node.Scalar($"SELECT uniqExact(shard_num) FROM system.clusters WHERE cluster = {cluster}");
            if (shards == 0)
                throw new InputOutputException($"ClickHouse at {node.Name} has no cluster '{Connection.Cluster}' in its remote_servers", Description);
            if (shards != Nodes.Count)
            {
                throw new InputOutputException(
                    $"cluster '{Connection.Cluster}' has {shards} shard(s) at {node.Name}, but the connection string lists {Nodes.Count} node(s): "
                    + "list each shard's HTTP endpoint once", Description);
            }

            var tables = Tables(node);
            nodeTables.Add(tables);
            if (firstTables is null)
            {
                firstTables = tables;
                Date32 = ChooseDate32(tables, ClickHouseSchema.LocalEvents);
            }

            if (!tables.Contains(ClickHouseSchema.LocalEvents) || !tables.Contains(ClickHouseSchema.Events))
            {
                node.Execute($"CREATE DATABASE IF NOT EXISTS {_db}");
                node.Execute(ClickHouseSchema.CreateLocalEvents(_db, Date32));
                node.Execute(ClickHouseSchema.CreateEvents(_db, Connection.Cluster));
            }
        }

        // Nodes is never empty (the connection string lists at least one), so the loop has listed the first node.
        var version = StoredVersion(firstTables!);
        if (version > ClickHouseSchema.Version)
            throw new InputOutputException($"the store was written by a newer Pendulum (schema {version}; this one knows {ClickHouseSchema.Version})", Description);
        if (UpgradeFromVersion1(firstTables!))
            firstTables = Tables(First);

        if (!firstTables!.Contains(ClickHouseSchema.Files) || !firstTables.Contains(ClickHouseSchema.FileVolumes) || !firstTables.Contains(ClickHouseSchema.Meta))
        {
            First.Execute(ClickHouseSchema.CreateFiles(_db));
            First.Execute(ClickHouseSchema.CreateFileVolumes(_db, Date32));
            First.Execute(ClickHouseSchema.CreateMeta(_db));
        }

        EnsurePeriodCounts(nodeTables);

        if (version != ClickHouseSchema.Version)
        {
            // TinyLog has no UPDATE: the table is emptied and written again. Interrupted in between, the store has no
            // version and the next open writes this one, which is right: the layout was upgraded before.
            First.Execute($"TRUNCATE TABLE {_db}.{ClickHouseSchema.Meta}");
            First.Execute($"INSERT INTO {_db}.{ClickHouseSchema.Meta} VALUES ('schema_version', '{ClickHouseSchema.Version}')");
        }
    }

    /// <summary>
    /// Whether the store's dates are <c>Date32</c>: as its events table has them when it exists, else whenever the
    /// server has the type (ClickHouse 21.9 and later), so that events before 1970 keep their day; a <c>Date</c> before
    /// 1970 silently becomes 1970-01-01 on current servers. Debian's 18.16 has only <c>Date</c>.
    /// </summary>
    private bool ChooseDate32(HashSet<string> firstTables, string eventsTable)
    {
        if (firstTables.Contains(eventsTable))
        {
            using var rows = First.Query($"""
                SELECT type FROM system.columns
                WHERE database = {ClickHouseSql.String(_db)} AND table = {ClickHouseSql.String(eventsTable)} AND name = 'date'
                """);
            return rows.Read() is { } row && row[0] == "Date32";
        }

        return First.Scalar("SELECT count() FROM system.functions WHERE name = 'toDate32'") > 0;
    }

    /// <summary>The <c>schema_version</c> in <c>pendulum_meta</c>; null for a new store (or one without a version).</summary>
    private int? StoredVersion(HashSet<string> firstTables)
    {
        if (!firstTables.Contains(ClickHouseSchema.Meta))
            return null;
        using var rows = First.Query($"SELECT value FROM {_db}.{ClickHouseSchema.Meta} WHERE key = 'schema_version'");
        return rows.Read() is { } row ? int.Parse(row[0]!, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    internal HashSet<string> Tables(ClickHouseNode node)
    {
        using var rows = node.Query($"SELECT name FROM system.tables WHERE database = {ClickHouseSql.String(_db)}");
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (rows.Read() is { } row)
            names.Add(row[0]!);
        return names;
    }

    /// <summary>Drops a store's database on every node (tests and tools; not reachable from the CLI).</summary>
    internal static void DropDatabase(ClickHouseConnectionString connection)
    {
        using var store = new ClickHouseEventStore(connection, NewHttpClient());
        foreach (var node in store.Nodes)
            node.Execute($"DROP DATABASE IF EXISTS {store._db}");
    }
}
