using System.Diagnostics;
using System.Net.Sockets;

namespace Pendulum.Cli.Tests;

/// <summary>
/// <c>--db FILE.duckdb</c> from the command line: the same measurement as SQLite to the byte, a kill -9 mid-ingest
/// that loses and duplicates nothing, and a clear error, naming the holder, for a second process.
/// </summary>
public sealed class DuckDbStoreTests
{
    private static readonly string[] Files =
    [
        Cli.Fixture("gdelt/20180508000000.export.CSV"), Cli.Fixture("gdelt/20180508001500.export.CSV"),
        Cli.Fixture("icews/events.2018.sample.tab"), Cli.Fixture("gdelt/reexport-chn-2018-01-05.csv"),
    ];

    [Theory]
    [InlineData("--actors", "USA,CHN,RUS,GBR,JPN,IND,FRA,DEU,ISR,IRN,PRK,KOR", "--freq", "month", "--format", "csv")]
    [InlineData("--actors", "USA,CHN,RUS,GBR,JPN", "--freq", "day", "--format", "json")]
    [InlineData("--actors", "USA,CHN,JPN,RUS", "--at", "2018-06", "--format", "csv")]
    [InlineData("--dyad", "USA-CHN", "--freq", "week", "--format", "json")]
    public async Task Measure_SameEventsInSqliteAndDuckDb_ByteIdenticalOutput(params string[] measure)
    {
        using var scratch = new Scratch();
        var outputs = new List<string>();
        foreach (var db in new[] { scratch["p.db"], scratch["p.duckdb"] })
        {
            var (exit, _, error) = await Cli.RunAsync(["ingest", .. Files, "--db", db, "--lenient"]);
            Assert.True(exit == 0, error);
            var (measured, output, measureError) = await Cli.RunAsync(["measure", .. measure, "--db", db]);
            Assert.True(measured == 0, measureError);
            outputs.Add(output);
        }

        Assert.True(outputs[0].Length > 200, outputs[0]);
        Assert.Equal(outputs[0], outputs[1]);
    }

    [Fact]
    public async Task Ingest_KilledMidFileThenRerun_EndsWithExactCountsAndNoDuplicates()
    {
        using var scratch = new Scratch();
        var db = scratch["p.duckdb"];
        var big = KillDuringIngestTests.WriteBigFile(scratch["big.export.CSV"], out var rows);
        var (first, _, _) = await Cli.RunAsync("ingest", Cli.Fixture("gdelt/20180508000000.export.CSV"), "--db", db);
        Assert.Equal(0, first);

        using (var child = Cli.Start(scratch.Root, "ingest", big, "--db", db))
        {
            // Well into the file (appending), without warning.
            await Task.Delay(2500, TestContext.Current.CancellationToken);
            Assert.False(child.HasExited, "the ingest finished before it could be killed: make the file bigger");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await KillDuringIngestTests.AssertNothingLostThenRerun(db, big, rows);
    }

    [Fact]
    public async Task Ingest_WhileServeHoldsTheFile_FailsAtOnceNamingTheServeProcess()
    {
        using var scratch = new Scratch();
        var db = scratch["p.duckdb"];
        var (first, _, _) = await Cli.RunAsync("ingest", Cli.Fixture("gdelt/20180508000000.export.CSV"), "--db", db);
        Assert.Equal(0, first);
        var port = FreePort();

        using var serve = Cli.Start(scratch.Root, "serve", "--db", db, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            await WaitUntilListening(serve, port);
            var clock = Stopwatch.StartNew();

            var (exit, _, error) = await Cli.RunAsync("ingest", Cli.Fixture("gdelt/20180508001500.export.CSV"), "--db", db);

            Assert.Equal(74, exit);
            Assert.Contains($"in use by another process (PID {serve.Id}: ", error, StringComparison.Ordinal);
            Assert.Contains("serve", error, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var (_, sources, _) = await Cli.RunAsync("sources", "--db", db);
        Assert.Contains("1 file(s), 487 events", sources, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilListening(Process process, int port)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
                Assert.Fail("serve exited: " + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port, TestContext.Current.CancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        Assert.Fail("serve did not start listening within 60 s");
    }
}
