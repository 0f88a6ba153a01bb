using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Pendulum.Bench;

/// <summary>
/// <c>load --url http://127.0.0.1:5080 --path /api/... [--path ...] --rate 200 --seconds 30</c>: a bounded, open-loop
/// load on a Pendulum server on this machine. Requests leave on a fixed schedule whatever the answers do, and each
/// latency counts from the request's scheduled time, so a slow server cannot hide its queueing (no coordinated
/// omission). Stops by itself after the given time; refuses any address that is not loopback.
/// </summary>
internal static class LoadCommand
{
    public const string Usage =
        "usage: Pendulum.Bench load --url http://127.0.0.1:PORT --path PATH [--path PATH ...] [--rate 200] [--seconds 30]\n" +
        "  paths are requested in turn; the server must be on this machine (127.0.0.0/8, ::1 or localhost)";

    /// <summary>The longest run accepted, so a typo cannot start an endless load.</summary>
    private const int MaxSeconds = 600;

    /// <summary>Requests waiting for an answer at once (10 s of 200/s); beyond it a request counts as an error, unsent.</summary>
    private const int MaxInFlight = 2048;

    public static async Task<int> Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string? url = null;
        var paths = new List<string>();
        var (rate, seconds) = (200, 30);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var (name, value) = (args[i], args[i + 1]);
            switch (name)
            {
                case "--url": url = value.TrimEnd('/'); break;
                case "--path": paths.Add(value); break;
                case "--rate" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is > 0 and <= 10_000: rate = r; break;
                case "--seconds" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is > 0 and <= MaxSeconds: seconds = s; break;
                default: return Fail(error, $"bad option or value: {name} {value}");
            }
        }

        if (url is null || paths.Count == 0 || args.Count % 2 != 0)
            return Fail(error, "give --url and at least one --path");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUri) || !IsLoopback(baseUri))
            return Fail(error, $"{url} is not a server on this machine: only loopback addresses are load-tested");

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = baseUri,
            Timeout = TimeSpan.FromSeconds(10),
        };
        var total = rate * seconds;
        var latencies = new double[total];
        var failures = 0;
        var inFlight = 0;
        var tasks = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait);
            if (Interlocked.Increment(ref inFlight) > MaxInFlight)
            {
                Interlocked.Decrement(ref inFlight);
                Interlocked.Increment(ref failures);
                latencies[i] = double.NaN;
                continue;
            }

            var index = i;
            var path = paths[i % paths.Count];
            tasks.Add(Task.Run(async () =>
            {
                try
                {
                    // The body is read to its end, through a pooled buffer: the client should not add garbage
                    // collections of its own (a series is some 100 KB) to the latencies it measures.
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
                    await using (var body = await response.Content.ReadAsStreamAsync())
                    {
                        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
                        try
                        {
                            while (await body.ReadAsync(buffer) > 0)
                            {
                            }
                        }
                        finally
                        {
                            ArrayPool<byte>.Shared.Return(buffer);
                        }
                    }

                    if (!response.IsSuccessStatusCode)
                        Interlocked.Increment(ref failures);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref failures);
                }
                finally
                {
                    latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
                    Interlocked.Decrement(ref inFlight);
                }
            }));
        }

        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed.TotalSeconds;
        var sorted = latencies.Where(l => !double.IsNaN(l)).Order().ToArray();
        string P(double q) => sorted.Length == 0 ? "-" : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)].ToString("0.0", CultureInfo.InvariantCulture);
        output.WriteLine("| requests | rate asked | rate sent | errors | p50 ms | p90 ms | p99 ms | max ms |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {total} | {rate}/s | {total / elapsed:0}/s | {failures} | {P(0.50)} | {P(0.90)} | {P(0.99)} | {P(1.0)} |"));
        return failures == 0 ? 0 : 1;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttp
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"Pendulum.Bench load: {message}");
        error.WriteLine(Usage);
        return 2;
    }
}
