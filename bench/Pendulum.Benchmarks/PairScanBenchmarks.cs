using BenchmarkDotNet.Attributes;
using Pendulum.Bench.Generation;
using Pendulum.Scan;

namespace Pendulum.Benchmarks;

/// <summary>
/// The scan job's field scanner: <see cref="PairScanner"/> summing the USA-CHN rows of 64 MB of generated GDELT 2.0
/// (seed 42, about 160,000 rows, 1.5% of them the pair's) on one and two threads. The file is written once and then
/// served by the page cache, so this is the scanner's cost plus the copy out of the cache, without process start-up.
/// </summary>
[MemoryDiagnoser]
public class PairScanBenchmarks
{
    private const long Bytes = 64_000_000;
    private string _file = "";

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"pendulum-scan-benchmarks-{Environment.ProcessId}.export.CSV");
        new GdeltFileGenerator(new GdeltFileGeneratorOptions { TargetBytes = Bytes, Seed = 42 }).WriteFile(_file);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    /// <summary>USA-CHN by day, as <c>pendulum aggregate</c> does it.</summary>
    [Benchmark]
    public long ScanUsaChina64MB() =>
        PairScanner.Scan([_file], new PairScanOptions { ActorA = "USA", ActorB = "CHN", Threads = Threads }).RowsKept;
}
