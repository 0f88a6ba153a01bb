using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pendulum.Fetch.Tests.Http;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and an ephemeral port, built on a bare socket so that a test can make it
/// fail exactly as a real network does: drop a connection mid-body, stall, answer 500 or 404, send corrupt bytes.
/// One request per connection (<c>Connection: close</c>); GET only; <c>Range: bytes=N-</c> is honoured with 206.
/// </summary>
internal sealed class ScriptedHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<string, ServedPath> _paths = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ServedRequest> _requests = new();
    private readonly ConcurrentBag<Task> _handlers = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;

    public ScriptedHttpServer()
    {
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _acceptLoop = AcceptLoopAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>Every request seen so far, in arrival order.</summary>
    public IReadOnlyList<ServedRequest> Requests => [.. _requests];

    public IReadOnlyList<ServedRequest> RequestsFor(string path) => [.. _requests.Where(r => r.Path == path)];

    /// <summary>Serves <paramref name="content"/> at <paramref name="path"/> (e.g. <c>/gdeltv2/x.zip</c>).</summary>
    public void Serve(string path, byte[] content, FaultScript? faults = null) =>
        _paths[path] = new ServedPath(content, faults ?? new FaultScript());

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAll([_acceptLoop, .. _handlers]);
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _handlers.Add(Task.Run(() => HandleAsync(client)));
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var (path, range) = await ReadRequestAsync(stream);
                await RespondAsync(stream, path, range);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException
                or ObjectDisposedException)
            {
                // The client went away (it may have been cancelled or timed out): nothing to answer.
            }
        }
    }

    private async Task<(string Path, string? Range)> ReadRequestAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer, _stop.Token) == 0)
            {
                throw new IOException("the client closed the connection before the request ended");
            }

            head.Append((char)buffer[0]);
        }

        var lines = head.ToString().Split("\r\n");
        var path = lines[0].Split(' ')[1];
        var range = lines.Skip(1)
            .Where(line => line.StartsWith("Range:", StringComparison.OrdinalIgnoreCase))
            .Select(line => line["Range:".Length..].Trim())
            .FirstOrDefault();
        return (path, range);
    }

    private async Task RespondAsync(NetworkStream stream, string path, string? range)
    {
        if (!_paths.TryGetValue(path, out var served) || served.Faults.NotFound)
        {
            await WriteHeadAsync(stream, path, range, 404, "Not Found", 0);
            return;
        }

        var faults = served.Faults;
        var n = served.CountRequest();
        if (n <= faults.ServerErrorTimes)
        {
            await WriteHeadAsync(stream, path, range, 500, "Internal Server Error", 0);
            return;
        }

        var content = n <= faults.CorruptTimes ? Corrupt(served.Content) : served.Content;
        var from = ParseRangeStart(range);
        if (from is { } start && !faults.IgnoreRange)
        {
            if (start >= content.Length)
            {
                await WriteHeadAsync(stream, path, range, 416, "Range Not Satisfiable", 0,
                    $"Content-Range: bytes */{content.Length}");
                return;
            }

            await WriteHeadAsync(stream, path, range, 206, "Partial Content", content.Length - start,
                $"Content-Range: bytes {start}-{content.Length - 1}/{content.Length}");
            content = content[start..];
        }
        else
        {
            await WriteHeadAsync(stream, path, range, 200, "OK", content.Length);
        }

        if (n <= faults.DropTimes)
        {
            // A graceful close after a short body: the client sees the stream end before Content-Length.
            await stream.WriteAsync(content.AsMemory(0, Math.Min(faults.DropAfterBytes, content.Length)), _stop.Token);
            return;
        }

        if (n <= faults.StallTimes)
        {
            await stream.WriteAsync(content.AsMemory(0, Math.Min(faults.StallAfterBytes, content.Length)), _stop.Token);
            // Hold the connection open, silent, until the client gives up or the server stops.
            _ = await stream.ReadAsync(new byte[1], _stop.Token);
            return;
        }

        await stream.WriteAsync(content, _stop.Token);
    }

    private async Task WriteHeadAsync(NetworkStream stream, string path, string? range, int status, string reason,
        long length, string? extraHeader = null)
    {
        _requests.Enqueue(new ServedRequest(path, range, status));
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {reason}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {length}\r\n")
            .Append("Content-Type: application/octet-stream\r\nConnection: close\r\n");
        if (extraHeader is not null)
        {
            head.Append(extraHeader).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), _stop.Token);
    }

    private static int? ParseRangeStart(string? range) =>
        range is not null && range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-')
            ? int.Parse(range["bytes=".Length..^1], CultureInfo.InvariantCulture)
            : null;

    private static byte[] Corrupt(byte[] content)
    {
        var copy = (byte[])content.Clone();
        copy[copy.Length / 2] ^= 0xFF;
        return copy;
    }

    private sealed class ServedPath(byte[] content, FaultScript faults)
    {
        private int _count;

        public byte[] Content { get; } = content;

        public FaultScript Faults { get; } = faults;

        /// <summary>Counts a request and returns its 1-based number for this path.</summary>
        public int CountRequest() => Interlocked.Increment(ref _count);
    }
}
