using BenchmarkDotNet.Attributes;
using Pendulum.Bench.Generation;
using Pendulum.Events;
using Pendulum.Events.Readers;
using Pendulum.Ingest;
using Pendulum.Store;

namespace Pendulum.Benchmarks;

/// <summary>
/// The chunked path of <c>ingest --actors USA,CHN</c> without the store: <see cref="FilteredGdeltIngest"/> over 64 MB
/// of generated GDELT 2.0 (seed 42, about 160,000 rows, 1.5% between USA and CHN) on one and two threads, the kept
/// events handed to a writer that only counts them. What SQLite then costs is in BENCHMARKS.md.
/// </summary>
[MemoryDiagnoser]
public class FilteredIngestBenchmarks
{
    private const long Bytes = 64_000_000;
    private static readonly EventReaderOptions UsaChina = new() { Actors = new HashSet<string>(StringComparer.Ordinal) { "USA", "CHN" } };
    private string _file = "";

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"pendulum-ingest-benchmarks-{Environment.ProcessId}.export.CSV");
        new GdeltFileGenerator(new GdeltFileGeneratorOptions { TargetBytes = Bytes, Seed = 42 }).WriteFile(_file);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    /// <summary>Filter, hash, count volumes and build the kept events, as <c>ingest --actors USA,CHN</c> does.</summary>
    [Benchmark]
    public long FilterUsaChina64MB()
    {
        var outcome = FilteredGdeltIngest.RunAsync(_file, UsaChina, new CountingWriter(), null, CancellationToken.None, Threads)
            .GetAwaiter().GetResult();
        return outcome?.Report.RowsKept ?? throw new InvalidOperationException("the generated file was declined");
    }

    private sealed class CountingWriter : IEventWriter
    {
        public int Add(IReadOnlyList<CodedEvent> events) => events.Count;

        public IngestedFile Commit(IngestedFile file, IReadOnlyCollection<CountryDayVolume> volumes) => file;

        public void Dispose()
        {
        }
    }
}
