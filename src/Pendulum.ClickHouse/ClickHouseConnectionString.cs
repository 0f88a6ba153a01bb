using System.Text.RegularExpressions;

namespace Pendulum.ClickHouse;

/// <summary>
/// Where a ClickHouse store lives: <c>clickhouse://HOST:PORT[,HOST:PORT...]/DATABASE?cluster=NAME[&amp;user=U&amp;password=P]</c>.
/// Every node's HTTP endpoint is listed, one per shard, in the order of the cluster's shards; the first also keeps the
/// file records and the ingest staging tables. <c>cluster</c> names the cluster in the servers' <c>remote_servers</c>.
/// One server without a cluster (<c>clickhouse://HOST:PORT/DATABASE</c>) keeps the events in one table of its own:
/// the same statements, without the Distributed table and its DDL.
/// </summary>
/// <param name="Nodes">HTTP endpoints (<c>http://host:port/</c>), at least one.</param>
/// <param name="Database">Database name (letters, digits, underscores; created when missing).</param>
/// <param name="Cluster">The cluster as the servers' <c>remote_servers</c> names it; empty for a single server.</param>
/// <param name="User">ClickHouse user. The default value is <c>default</c>.</param>
/// <param name="Password">The user's password; empty for none.</param>
public sealed partial record ClickHouseConnectionString(IReadOnlyList<Uri> Nodes, string Database, string Cluster, string User = "default",
    string Password = "")
{
    /// <summary>The scheme the CLI registers for this store.</summary>
    public const string Scheme = "clickhouse";

    /// <summary>The HTTP port of a node given without one: ClickHouse's default, 8123.</summary>
    public const int DefaultPort = 8123;

    private const string Example = "clickhouse://127.0.0.1:8123,127.0.0.1:8124/pendulum?cluster=events_cluster";

    /// <summary>One server, no cluster: <c>events</c> is a table of that server's, not a Distributed one.</summary>
    public bool SingleServer => Cluster.Length == 0;

    /// <summary>Parses a <c>clickhouse://</c> string; a malformed one is a <see cref="UsageException"/> on <c>--db</c>.</summary>
    public static ClickHouseConnectionString Parse(string value)
    {
        var prefix = Scheme + "://";
        if (!value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            throw Bad($"'{value}' does not start with {prefix}");
        var rest = value[prefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
            throw Bad("no database: add /DATABASE after the nodes");
        var question = rest.IndexOf('?', slash);
        var hosts = rest[..slash];
        var database = question < 0 ? rest[(slash + 1)..] : rest[(slash + 1)..question];
        var options = question < 0 ? "" : rest[(question + 1)..];

        var nodes = new List<Uri>();
        foreach (var host in hosts.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate($"http://{host}/", UriKind.Absolute, out var uri) || host.Length == 0 || uri.PathAndQuery != "/")
                throw Bad($"'{host}' is not HOST:PORT");
            nodes.Add(uri.IsDefaultPort && !host.EndsWith(":80", StringComparison.Ordinal) ? new UriBuilder(uri) { Port = DefaultPort }.Uri : uri);
        }

        if (nodes.Select(n => n.Authority).Distinct(StringComparer.OrdinalIgnoreCase).Count() != nodes.Count)
            throw Bad("a node is listed twice");
        if (!Name().IsMatch(database))
            throw Bad($"database '{database}' must be letters, digits and underscores, not starting with a digit");

        string? cluster = null, user = null, password = null;
        foreach (var option in options.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = option.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? option : option[..eq];
            var v = eq < 0 ? "" : Uri.UnescapeDataString(option[(eq + 1)..]);
            switch (key)
            {
                case "cluster": cluster = v; break;
                case "user": user = v; break;
                case "password": password = v; break;
                default: throw Bad($"unknown option '{key}' (known: cluster, user, password)");
            }
        }

        if (string.IsNullOrEmpty(cluster) && nodes.Count == 1)
            return new ClickHouseConnectionString(nodes, database, "", string.IsNullOrEmpty(user) ? "default" : user, password ?? "");
        if (string.IsNullOrEmpty(cluster))
            throw Bad("no cluster: add ?cluster=NAME, the name in the servers' remote_servers (one server alone needs none)");
        if (!ClusterName().IsMatch(cluster))
            throw Bad($"cluster '{cluster}' must be letters, digits, '_', '-' and '.'");
        return new ClickHouseConnectionString(nodes, database, cluster, string.IsNullOrEmpty(user) ? "default" : user, password ?? "");
    }

    /// <summary>The same cluster with another database (tests and tools keep one cluster, many databases).</summary>
    public ClickHouseConnectionString WithDatabase(string database) =>
        Name().IsMatch(database) ? this with { Database = database } : throw Bad($"database '{database}' is not a plain name");

    /// <summary>The connection string, without the password.</summary>
    public override string ToString()
    {
        var text = $"{Scheme}://{string.Join(',', Nodes.Select(n => n.Authority))}/{Database}" + (SingleServer ? "" : $"?cluster={Cluster}");
        return User == "default" ? text : text + (SingleServer ? "?" : "&") + "user=" + Uri.EscapeDataString(User);
    }

    private static UsageException Bad(string reason) => new($"{reason} (expected e.g. {Example})", "--db");

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Name();

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex ClusterName();
}
