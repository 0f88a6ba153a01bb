using BenchmarkDotNet.Attributes;
using Pendulum.Bench.Generation;
using Pendulum.Events.Readers;

namespace Pendulum.Benchmarks;

/// <summary>
/// The GDELT field scanner: <see cref="GdeltReader"/> over 16 MB of generated GDELT 2.0 rows (seed 42, about 40,000
/// rows, 1.5% USA-CHN). The reader is public only through <see cref="EventFile.Open"/>, which takes a path, so the
/// rows are written once to a temporary file that the page cache then serves: each operation reads it whole.
/// </summary>
[MemoryDiagnoser]
public class GdeltReaderBenchmarks
{
    private const long Bytes = 16_000_000;
    private static readonly EventReaderOptions UsaOrChina = new() { Actors = new HashSet<string>(["USA", "CHN"]) };
    private static readonly EventReaderOptions Everything = new();
    private string _file = "";

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"pendulum-benchmarks-{Environment.ProcessId}.export.CSV");
        new GdeltFileGenerator(new GdeltFileGeneratorOptions { TargetBytes = Bytes, Seed = 42 }).WriteFile(_file);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    /// <summary>The ingest filter: rows touching the USA or China become events (about a third), the rest are skipped.</summary>
    [Benchmark]
    public int ReadUsaOrChina16MB() => Read(UsaOrChina);

    /// <summary>Every row becomes an event: the cost of decoding all fields.</summary>
    [Benchmark]
    public int ReadAllRows16MB() => Read(Everything);

    private int Read(EventReaderOptions options)
    {
        using var reader = EventFile.Open(_file, EventFormat.Gdelt, options);
        var events = 0;
        foreach (var _ in reader.ReadEvents())
            events++;
        return events;
    }
}
