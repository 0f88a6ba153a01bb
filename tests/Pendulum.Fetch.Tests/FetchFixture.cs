using System.Text;
using Pendulum.Fetch.Tests.Http;

namespace Pendulum.Fetch.Tests;

/// <summary>
/// One test's world: a scripted server holding GDELT-like files and their lists, a client that talks only to it, and
/// an empty output folder. The lists are published when the fetch starts, from the files added so far.
/// </summary>
internal sealed class FetchFixture : IAsyncDisposable
{
    public const string MasterListPath = "/gdeltv2/masterfilelist.txt";
    public const string Md5SumsPath = "/events/md5sums";

    /// <summary>The 2.0 export most tests fetch, and where the server serves it.</summary>
    public const string Export = "20150302000000.export.CSV.zip";
    public const string ExportPath = "/gdeltv2/" + Export;

    /// <summary>The day of <see cref="Export"/>.</summary>
    public const string Day = "2015-03-02";

    private readonly List<string> _masterLines = [];
    private readonly List<string> _md5SumsLines = [];
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false });

    public ScriptedHttpServer Server { get; } = new();

    /// <summary>The fetcher's clock: it stands still unless the test advances it.</summary>
    public FetchClock Clock { get; } = new();

    public string OutputDirectory { get; } =
        Path.Combine(Path.GetTempPath(), "pendulum-fetch-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Adds a 2.0 file listed, as GDELT lists it, under GDELT's own absolute address.</summary>
    public byte[] AddV2(string name, FaultScript? faults = null, byte[]? content = null)
    {
        content ??= GdeltZips.Export(name);
        _masterLines.Add($"{content.Length} {GdeltZips.Md5(content)} http://data.gdeltproject.org/gdeltv2/{name}");
        Server.Serve("/gdeltv2/" + name, content, faults);
        return content;
    }

    /// <summary>Adds a 1.0 file, listed as md5sum prints it.</summary>
    public byte[] AddV1(string name, FaultScript? faults = null)
    {
        var content = GdeltZips.Export(name);
        _md5SumsLines.Add($"{GdeltZips.Md5(content)}  {name}");
        Server.Serve("/events/" + name, content, faults);
        return content;
    }

    /// <summary>Adds a raw line to the 2.0 master list (for malformed lines).</summary>
    public void AddMasterLine(string line) => _masterLines.Add(line);

    /// <summary>How the server misbehaves when serving the file lists.</summary>
    public FaultScript? ListFaults { get; set; }

    public string PathOf(string name) => Path.Combine(OutputDirectory, name);

    /// <summary>Puts a file in the output folder before the fetch, as an earlier run would have left it.</summary>
    public Task WriteAsync(string fileName, byte[] bytes)
    {
        Directory.CreateDirectory(OutputDirectory);
        return File.WriteAllBytesAsync(PathOf(fileName), bytes, TestContext.Current.CancellationToken);
    }

    public Task<byte[]> ReadAsync(string name) => File.ReadAllBytesAsync(PathOf(name), TestContext.Current.CancellationToken);

    /// <summary>Options for <see cref="Day"/> alone.</summary>
    public GdeltFetchOptions OneDay() => Options(Day, Day);

    public GdeltFetchOptions Options(string from, string to, int version = 2) => new()
    {
        From = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
        To = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        Version = version,
        OutputDirectory = OutputDirectory,
        BaseAddress = Server.BaseAddress,
        MaxAttempts = 4,
        // No wait between attempts and a read limit on a clock that stands still: a test that retries never waits,
        // and a read limit fires only when the test moves the clock past it.
        InitialBackoff = TimeSpan.Zero,
        ReadTimeout = TimeSpan.FromSeconds(5),
        TimeProvider = Clock,
    };

    public Task<GdeltFetchResult> FetchAsync(GdeltFetchOptions options, IProgress<GdeltFetchProgress>? progress = null,
        CancellationToken? ct = null)
    {
        Server.Serve(MasterListPath, Encoding.ASCII.GetBytes(string.Join('\n', _masterLines) + "\n"), ListFaults);
        Server.Serve(Md5SumsPath, Encoding.ASCII.GetBytes(string.Join('\n', _md5SumsLines) + "\n"), ListFaults);
        return new GdeltFetcher(_http, options).FetchAsync(progress, ct ?? TestContext.Current.CancellationToken);
    }

    /// <summary>The names of the files in the output folder, sorted.</summary>
    public string[] FilesOnDisk() => Directory.Exists(OutputDirectory)
        ? [.. Directory.GetFiles(OutputDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal)!]
        : [];

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
        if (Directory.Exists(OutputDirectory))
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }
    }
}
