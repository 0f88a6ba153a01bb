using System.Diagnostics;
using System.Text;

namespace Pendulum.Cli.Tests;

/// <summary>A kill -9 in the middle of an ingest must leave the store as it was, and a re-run must give exact counts.</summary>
public sealed class KillDuringIngestTests
{
    private const int Copies = 120;

    [Fact]
    public async Task Ingest_KilledMidFileThenRerun_EndsWithExactCountsAndNoDuplicates()
    {
        using var scratch = new Scratch();
        var db = scratch["p.db"];
        var big = WriteBigFile(scratch["big.export.CSV"], out var rows);
        var (first, _, _) = await Cli.RunAsync("ingest", Cli.Fixture("gdelt/20180508000000.export.CSV"), "--db", db);
        Assert.Equal(0, first);

        using (var child = Cli.Start(scratch.Root, "ingest", big, "--db", db))
        {
            // Wait until the child is deep in its transaction (pages spill past the cache into the file), then kill it
            // without warning.
            var before = new FileInfo(db).Length;
            var clock = Stopwatch.StartNew();
            while (!child.HasExited && new FileInfo(db).Length < before + (8 << 20) && clock.Elapsed < TimeSpan.FromSeconds(60))
                await Task.Delay(20, TestContext.Current.CancellationToken);
            Assert.False(child.HasExited, "the ingest finished before it could be killed: make the file bigger");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await AssertNothingLostThenRerun(db, big, rows);
    }

    /// <summary>After the kill: the store holds the first file alone; ingesting the big file again adds each of its rows once.</summary>
    internal static async Task AssertNothingLostThenRerun(string db, string big, int rows)
    {
        var (_, afterKill, _) = await Cli.RunAsync("sources", "--db", db);
        Assert.Contains("1 file(s), 487 events", afterKill, StringComparison.Ordinal);

        var (exit, output, error) = await Cli.RunAsync("ingest", big, "--db", db);
        Assert.True(exit == 0, error);
        Assert.Contains($"{rows:N0} new", output, StringComparison.Ordinal);
        var (_, sources, _) = await Cli.RunAsync("sources", "--db", db);
        Assert.Contains($"2 file(s), {487 + rows:N0} events", sources, StringComparison.Ordinal);
    }

    // The real 15-minute slice, repeated with fresh event ids: a file big enough to take seconds to ingest.
    internal static string WriteBigFile(string path, out int rows)
    {
        var lines = File.ReadAllLines(Cli.Fixture("gdelt/20180508001500.export.CSV"));
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var id = 900_000_000L;
        rows = 0;
        for (var copy = 0; copy < Copies; copy++)
        {
            foreach (var line in lines)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                writer.Write(id++);
                writer.Write(line.AsSpan(tab));
                writer.Write('\n');
                rows++;
            }
        }

        return path;
    }
}
