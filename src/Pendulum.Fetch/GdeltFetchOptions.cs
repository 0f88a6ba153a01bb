namespace Pendulum.Fetch;

/// <summary>What <see cref="GdeltFetcher"/> downloads, where to, and how hard it tries.</summary>
public sealed record GdeltFetchOptions
{
    /// <summary>GDELT's own server. The address of every file is taken relative to it.</summary>
    public static readonly Uri DefaultBaseAddress = new("http://data.gdeltproject.org/");

    /// <summary>The first day (UTC) whose events are wanted.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The last day (UTC) whose events are wanted, inclusive.</summary>
    public required DateOnly To { get; init; }

    /// <summary>
    /// The GDELT version: 1 (daily files from 2013-04-01, monthly and yearly back files to 1979) or 2 (15-minute
    /// files from 2015-02-19). The default is 2.
    /// </summary>
    public int Version { get; init; } = 2;

    /// <summary>The folder the zip files are written to; it is created when missing.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>
    /// Where the files are served from: the file lists and every file listed are fetched relative to this address,
    /// keeping their path (<c>gdeltv2/...</c>, <c>events/...</c>), so a mirror or a test server can stand in for
    /// GDELT. The default is <see cref="DefaultBaseAddress"/>.
    /// </summary>
    public Uri BaseAddress { get; init; } = DefaultBaseAddress;

    /// <summary>
    /// How many times one file (or file list) is tried before giving up, counting the first try. The default is 5.
    /// </summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>
    /// The wait before the second attempt; each later wait doubles it, without jitter, up to 30 s.
    /// The default is 1 s.
    /// </summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a transfer may go without receiving a byte (or the response headers) before the attempt counts as
    /// timed out and is retried. The default is 60 s.
    /// </summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The clock for backoff waits and read timeouts. The default is <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
