namespace Pendulum.Cli.Tests;

/// <summary>The CLI opens <c>clickhouse://</c> stores through the engine it registers (the store's own tests need a cluster; these do not).</summary>
public sealed class ClickHouseDbTests
{
    [Fact]
    public async Task Events_ClickHouseNobodyListensOn_IsAnIoErrorNamingTheNode()
    {
        var (exit, _, error) = await Cli.RunAsync("events", "--dyad", "USA-CHN", "--db", "clickhouse://127.0.0.1:1/pendulum?cluster=c");

        Assert.Equal(74, exit);
        Assert.Contains("cannot reach ClickHouse at 127.0.0.1:1", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_ClickHouseStringOfTwoNodesWithoutCluster_IsAUsageError()
    {
        var (exit, _, error) = await Cli.RunAsync("sources", "--db", "clickhouse://127.0.0.1:1,127.0.0.1:2/pendulum");

        Assert.Equal(2, exit);
        Assert.Contains("no cluster", error, StringComparison.Ordinal);
    }
}
