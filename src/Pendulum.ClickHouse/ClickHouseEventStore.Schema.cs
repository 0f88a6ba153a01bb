namespace Pendulum.ClickHouse;

public sealed partial class ClickHouseEventStore
{
    /// <summary>
    /// Checks every node's cluster against the connection string, creates what is missing on each node (DDL runs per
    /// node: <c>ON CLUSTER</c> needs ZooKeeper), and refuses a store written by a newer Pendulum.
    /// </summary>
    private void EnsureSchema()
    {
        var cluster = ClickHouseSql.String(Connection.Cluster);
        foreach (var node in Nodes)
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
            if (!tables.Contains(ClickHouseSchema.LocalEvents) || !tables.Contains(ClickHouseSchema.Events))
            {
                node.Execute($"CREATE DATABASE IF NOT EXISTS {_db}");
                node.Execute(ClickHouseSchema.CreateLocalEvents(_db));
                node.Execute(ClickHouseSchema.CreateEvents(_db, Connection.Cluster));
            }
        }

        var firstTables = Tables(First);
        if (!firstTables.Contains(ClickHouseSchema.Files) || !firstTables.Contains(ClickHouseSchema.Meta))
        {
            First.Execute(ClickHouseSchema.CreateFiles(_db));
            First.Execute(ClickHouseSchema.CreateMeta(_db));
        }

        using var rows = First.Query($"SELECT value FROM {_db}.{ClickHouseSchema.Meta} WHERE key = 'schema_version'");
        if (rows.Read() is { } row)
        {
            var version = int.Parse(row[0]!, System.Globalization.CultureInfo.InvariantCulture);
            if (version > ClickHouseSchema.Version)
                throw new InputOutputException($"the store was written by a newer Pendulum (schema {version}; this one knows {ClickHouseSchema.Version})", Description);
        }
        else
        {
            First.Execute($"INSERT INTO {_db}.{ClickHouseSchema.Meta} VALUES ('schema_version', '{ClickHouseSchema.Version}')");
        }
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
