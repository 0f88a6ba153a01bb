using Polly;
using Polly.Retry;

namespace Pendulum.Fetch;

/// <summary>
/// Downloads the GDELT event files of a date range into a folder: reads the version's file list, selects the
/// event exports of the range, and fetches each one through a <c>.part</c> file that is resumed after a dropped
/// connection, checked against the list's md5 and only then renamed to its final name.
/// </summary>
public sealed partial class GdeltFetcher
{
    // Polly's exponential backoff doubles the wait each attempt; past this it stops growing.
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly GdeltFetchOptions _options;
    private readonly ResiliencePipeline _retry;

    /// <summary>Checks the options; nothing is fetched before <see cref="FetchAsync"/>.</summary>
    /// <exception cref="UsageException">The options ask for something impossible (a reversed range, version 3...).</exception>
    public GdeltFetcher(HttpClient http, GdeltFetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        _http = http;
        _options = options;
        _retry = BuildRetry(options);
    }

    /// <summary>
    /// Fetches every event file of the range that is not already present with the right md5.
    /// </summary>
    /// <param name="progress">Told of each file's start, each chunk received and each file's end; may be null.</param>
    /// <param name="ct">Stops the fetch; a <c>.part</c> file is left to be resumed, never a file under its final name.</param>
    /// <exception cref="InputOutputException">A file or list could not be fetched (404, or still failing after
    /// <see cref="GdeltFetchOptions.MaxAttempts"/> attempts), or the output folder could not be written.</exception>
    /// <exception cref="BadDataException">The file list holds no line of the expected form.</exception>
    /// <exception cref="UsageException">The list holds no event file for the range.</exception>
    public async Task<GdeltFetchResult> FetchAsync(IProgress<GdeltFetchProgress>? progress, CancellationToken ct)
    {
        var list = await ReadListAsync(ct);
        var entries = list.Selected;
        if (entries.Count == 0)
        {
            throw new UsageException(
                $"the {list.Description} has no event file from {_options.From:yyyy-MM-dd} to {_options.To:yyyy-MM-dd} "
                + $"({list.Coverage})", "from");
        }

        CreateOutputDirectory();
        var files = new List<string>(entries.Count);
        int downloaded = 0, skipped = 0, resumed = 0;
        long bytes = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var transfer = new FileTransfer(entries[i], _options.OutputDirectory, i, entries.Count, progress);
            if (await FetchFileAsync(transfer, ct))
            {
                downloaded++;
                resumed += transfer.Resumed ? 1 : 0;
            }
            else
            {
                skipped++;
            }

            bytes += transfer.BytesReceived;
            files.Add(Path.GetFullPath(transfer.FinalPath));
        }

        return new GdeltFetchResult
        {
            Files = files,
            FilesDownloaded = downloaded,
            FilesSkipped = skipped,
            FilesResumed = resumed,
            BytesReceived = bytes,
            MalformedListLines = list.MalformedLines,
        };
    }

    private static void Validate(GdeltFetchOptions options)
    {
        if (options.From > options.To)
        {
            throw new UsageException($"the range starts ({options.From:yyyy-MM-dd}) after it ends ({options.To:yyyy-MM-dd})", "from");
        }

        if (options.Version is not (1 or 2))
        {
            throw new UsageException($"GDELT version must be 1 or 2, not {options.Version}", "version");
        }

        if (string.IsNullOrWhiteSpace(options.OutputDirectory))
        {
            throw new UsageException("an output folder is required", "out");
        }

        if (!options.BaseAddress.IsAbsoluteUri
            || (options.BaseAddress.Scheme != Uri.UriSchemeHttp && options.BaseAddress.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"the base address must be an absolute http(s) address, not {options.BaseAddress}", "base-url");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttempts, 1, nameof(options.MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.InitialBackoff, TimeSpan.Zero, nameof(options.InitialBackoff));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.InitialBackoff, MaxBackoff, nameof(options.InitialBackoff));
        if (options.ReadTimeout <= TimeSpan.Zero && options.ReadTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ReadTimeout, "ReadTimeout must be positive or infinite.");
        }
    }

    private static ResiliencePipeline BuildRetry(GdeltFetchOptions options) =>
        options.MaxAttempts == 1
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider }
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<TransientFetchException>(),
                    MaxRetryAttempts = options.MaxAttempts - 1,
                    BackoffType = DelayBackoffType.Exponential,
                    // No jitter: the waits are the same on every run, so tests and logs can be read exactly.
                    UseJitter = false,
                    Delay = options.InitialBackoff,
                    MaxDelay = MaxBackoff,
                })
                .Build();

    private void CreateOutputDirectory()
    {
        try
        {
            Directory.CreateDirectory(_options.OutputDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputOutputException($"cannot create the output folder: {ex.Message}", _options.OutputDirectory, ex);
        }
    }
}
