using System.CommandLine;
using System.Globalization;
using Pendulum.Fetch;

namespace Pendulum.Cli.Commands;

/// <summary><c>pendulum fetch gdelt</c>: downloads official GDELT event files, verified and resumable (docs/fetch.md).</summary>
internal static class FetchCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<DateOnly>("--from") { Description = "First day wanted (YYYY-MM-DD, UTC).", Required = true };
        var to = new Option<DateOnly>("--to") { Description = "Last day wanted, included (YYYY-MM-DD, UTC).", Required = true };
        var version = new Option<int>("--version") { Description = "GDELT version: 2 (15-minute files from 2015-02-19) or 1 (daily, monthly and yearly files).", DefaultValueFactory = _ => 2 }
            .AcceptOnlyFromAmong("1", "2");
        var output = new Option<string>("--out") { Description = "Folder the zip files go to; created if missing.", Required = true };
        var baseUrl = new Option<Uri?>("--base-url") { Description = "A mirror of data.gdeltproject.org with the same paths." };
        var gdelt = new Command("gdelt", "Download GDELT event exports for a date range: md5-verified, resumable, retried with backoff.")
        {
            from, to, version, output, baseUrl,
        };
        gdelt.SetAction((parse, cancel) => RunAsync(context, new GdeltFetchOptions
        {
            From = parse.GetValue(from),
            To = parse.GetValue(to),
            Version = parse.GetValue(version),
            OutputDirectory = parse.GetValue(output)!,
            BaseAddress = parse.GetValue(baseUrl) ?? GdeltFetchOptions.DefaultBaseAddress,
        }, cancel));
        return new Command("fetch", "Download event data from its publisher.") { gdelt };
    }

    private static async Task<int> RunAsync(CliContext context, GdeltFetchOptions options, CancellationToken cancel)
    {
        // The fetcher has its own read timeout and retries; HttpClient's whole-request timeout would cut long files.
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var fetcher = new GdeltFetcher(http, options);
        var lastFile = "";
        var progress = new SyncProgress(p =>
        {
            if (p.FileName == lastFile)
                return;
            lastFile = p.FileName;
            context.Error.WriteLine($"  [{p.FilesDone + 1}/{p.FilesTotal}] {p.FileName}");
        });
        var result = await fetcher.FetchAsync(progress, cancel);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{result.Files.Count} file(s) in {options.OutputDirectory}: {result.FilesDownloaded} downloaded ({result.FilesResumed} resumed), "
            + $"{result.FilesSkipped} already present, {result.BytesReceived / 1e6:0.0} MB received."));
        if (result.MalformedListLines > 0)
            await context.Out.WriteLineAsync($"  {result.MalformedListLines} unreadable line(s) in the file list were skipped.");
        await context.Out.WriteLineAsync($"Next: pendulum ingest {options.OutputDirectory}");
        return ExitCodes.Ok;
    }

    private sealed class SyncProgress(Action<GdeltFetchProgress> report) : IProgress<GdeltFetchProgress>
    {
        public void Report(GdeltFetchProgress value) => report(value);
    }
}
