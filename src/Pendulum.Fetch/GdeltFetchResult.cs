namespace Pendulum.Fetch;

/// <summary>What a <see cref="GdeltFetcher.FetchAsync"/> call did.</summary>
public sealed record GdeltFetchResult
{
    /// <summary>The full paths of all the files selected for the range, oldest first, all now present and verified.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>Files downloaded in this call (including resumed ones).</summary>
    public int FilesDownloaded { get; init; }

    /// <summary>Files already present under their final name with the right md5, so not downloaded again.</summary>
    public int FilesSkipped { get; init; }

    /// <summary>Downloaded files whose bytes partly came from a <c>.part</c> left by an earlier, interrupted attempt.</summary>
    public int FilesResumed { get; init; }

    /// <summary>Body bytes received for the files, including those of attempts later thrown away.</summary>
    public long BytesReceived { get; init; }

    /// <summary>Lines of the file list that could not be read and were skipped.</summary>
    public int MalformedListLines { get; init; }
}
