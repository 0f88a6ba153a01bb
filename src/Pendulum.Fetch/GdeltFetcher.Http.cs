using System.Net;
using System.Net.Http.Headers;

namespace Pendulum.Fetch;

// Attempts, retries and the sorting of failures into "try again" and "give up".
public sealed partial class GdeltFetcher
{
    /// <summary>
    /// Runs <paramref name="attempt"/> until it succeeds, a failure is not transient, or the attempts run out.
    /// </summary>
    /// <param name="address">Named in the error when the attempts run out.</param>
    /// <param name="target">The file the error is about (the final path of a download).</param>
    /// <param name="attempt">One try, given its read-timeout guard.</param>
    /// <param name="ct">The caller's token: cancelling it stops the tries and the waits between them.</param>
    private async Task RetryAsync(Uri address, string target, Func<ReadTimeoutGuard, Task> attempt, CancellationToken ct)
    {
        try
        {
            await _retry.ExecuteAsync(
                async token =>
                {
                    using var guard = new ReadTimeoutGuard(_options.ReadTimeout, _options.TimeProvider, token);
                    try
                    {
                        await attempt(guard);
                    }
                    catch (OperationCanceledException ex) when (!token.IsCancellationRequested)
                    {
                        throw new TransientFetchException($"timed out: nothing received for {_options.ReadTimeout}", ex);
                    }
                    catch (HttpRequestException ex)
                    {
                        throw new TransientFetchException(ex.Message, ex);
                    }
                },
                ct);
        }
        catch (TransientFetchException ex)
        {
            throw new InputOutputException(
                $"could not download {address} after {_options.MaxAttempts} attempt(s): {ex.Message}", target, ex);
        }
    }

    /// <summary>Sends a GET and returns as soon as the headers are in; the body is read by the caller.</summary>
    private async Task<HttpResponseMessage> GetAsync(Uri address, long offset, ReadTimeoutGuard guard)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (offset > 0)
        {
            request.Headers.Range = new RangeHeaderValue(offset, null);
        }

        guard.Restart();
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, guard.Token);
        guard.Restart();
        return response;
    }

    /// <summary>Lets a success through; a 5xx, 408 or 429 is worth another try; any other answer (404...) is not.</summary>
    private static void EnsureSuccess(HttpResponseMessage response, Uri address, string target)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var reason = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        if ((int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            throw new TransientFetchException(reason);
        }

        throw new InputOutputException($"could not download {address}: {reason}", target);
    }

    /// <summary>Reads body bytes; a connection that breaks here is worth another try (the bytes so far are kept).</summary>
    private static async Task<int> ReadBodyAsync(Stream body, Memory<byte> buffer, ReadTimeoutGuard guard)
    {
        try
        {
            var count = await body.ReadAsync(buffer, guard.Token);
            guard.Restart();
            return count;
        }
        catch (IOException ex)
        {
            throw new TransientFetchException($"connection lost: {ex.Message}", ex);
        }
    }

    /// <summary>Downloads and reads the version's file list, streamed line by line.</summary>
    private async Task<GdeltFileList> ReadListAsync(CancellationToken ct)
    {
        var list = GdeltFileList.For(_options);
        var address = list.AddressOf(list.ListPath);
        await RetryAsync(address, address.ToString(), async guard =>
        {
            list.Clear();
            using var response = await GetAsync(address, 0, guard);
            EnsureSuccess(response, address, address.ToString());
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(guard.Token));
            try
            {
                while (await reader.ReadLineAsync(guard.Token) is { } line)
                {
                    guard.Restart();
                    list.Read(line);
                }
            }
            catch (IOException ex)
            {
                throw new TransientFetchException($"connection lost: {ex.Message}", ex);
            }
        }, ct);

        if (list.WellFormedLines == 0)
        {
            throw new BadDataException(
                $"not a {list.Description}: no line of the form '{list.LineForm}' ({list.MalformedLines} other lines)",
                address.ToString());
        }

        return list;
    }
}
