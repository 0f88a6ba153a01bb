using System.Diagnostics;
using Pendulum.ClickHouse;

namespace Pendulum.Tests.Store.ClickHouse;

/// <summary>
/// Every test class that uses the cluster joins this collection, so they run one after another: the failure tests
/// stop and restart a shard, which must not happen under another test's feet.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClickHouseClusterCollection
{
    public const string Name = "ClickHouse cluster";
}

/// <summary>
/// The two-shard cluster scripts/test.sh starts (scripts/clickhouse.sh): its connection string in
/// <c>PENDULUM_TEST_CLICKHOUSE</c>, its folder in <c>PENDULUM_TEST_CLICKHOUSE_DIR</c>. Without them the tests fail
/// under CI (CI=true) and skip, visibly, elsewhere. Each store gets a database of its own, dropped afterwards.
/// </summary>
internal static class TestCluster
{
    public static ClickHouseConnectionString Connection() =>
        FromEnvironment("PENDULUM_TEST_CLICKHOUSE", "a ClickHouse cluster (Debian's clickhouse-server)");

    /// <summary>
    /// A database on the current ClickHouse engine: npm's chdb (in-process ClickHouse) behind the small HTTP server of
    /// tests/chdb/server.mjs, which scripts/test.sh installs and starts, one server without a cluster. Every statement
    /// the store sends reaches the engine as the store wrote it; the server only turns a RowBinary insert body into a
    /// file the same INSERT reads, as chdb takes no request bodies.
    /// </summary>
    public static ClickHouseConnectionString Chdb() =>
        FromEnvironment("PENDULUM_TEST_CHDB", "the current ClickHouse engine (npm's chdb, tests/chdb/server.mjs)");

    private static ClickHouseConnectionString FromEnvironment(string variable, string what)
    {
        var url = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(url))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail($"{variable} is not set: run the tests with scripts/test.sh, which starts {what}.");
            Assert.Skip($"{variable} is not set (scripts/test.sh sets it).");
        }

        return ClickHouseConnectionString.Parse(url).WithDatabase("t_" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>Drops a test store's database on every node; a node that is down is not worth failing a test over.</summary>
    public static void Drop(ClickHouseConnectionString connection)
    {
        try
        {
            ClickHouseEventStore.DropDatabase(connection);
        }
        catch (InputOutputException)
        {
        }
    }

    /// <summary>The databases a test made, dropped when it ends.</summary>
    /// <param name="server">Where: <see cref="Connection"/> (the cluster) by default, or <see cref="Chdb"/>.</param>
    public sealed class Databases(Func<ClickHouseConnectionString>? server = null) : IDisposable
    {
        private readonly List<ClickHouseConnectionString> _made = [];

        /// <summary>A connection string to a new database.</summary>
        public ClickHouseConnectionString New()
        {
            var connection = (server ?? Connection)();
            _made.Add(connection);
            return connection;
        }

        /// <summary>Opens a store in a new database.</summary>
        public ClickHouseEventStore Open() => ClickHouseEventStore.Open(New());

        public void Dispose()
        {
            foreach (var connection in _made)
                Drop(connection);
        }
    }

    /// <summary>Kills shard <paramref name="node"/> (1-based) with SIGKILL, as a crash would.</summary>
    public static void Kill(int node) => Control("kill-node", node);

    /// <summary>Starts shard <paramref name="node"/> again and waits until it answers.</summary>
    public static void Start(int node) => Control("start-node", node);

    private static void Control(string command, int node)
    {
        var dir = Environment.GetEnvironmentVariable("PENDULUM_TEST_CLICKHOUSE_DIR");
        if (string.IsNullOrEmpty(dir))
            Assert.Fail("PENDULUM_TEST_CLICKHOUSE_DIR is not set: scripts/test.sh sets it with PENDULUM_TEST_CLICKHOUSE");
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Script(), command, dir, node.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            Assert.Fail($"scripts/clickhouse.sh {command} {node} failed ({process.ExitCode}): {error}{output.Result}");
    }

    private static string Script()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "scripts", "clickhouse.sh");
            if (File.Exists(script))
                return script;
        }

        throw new FileNotFoundException("scripts/clickhouse.sh not found above " + AppContext.BaseDirectory);
    }
}
