using System.Net;

namespace Pendulum.Fetch;

// One file: skipped when present, otherwise downloaded through its .part, verified, and renamed.
public sealed partial class GdeltFetcher
{
    private const int ChunkSize = 1 << 16;

    /// <returns>True when the file was downloaded, false when it was already present.</returns>
    private async Task<bool> FetchFileAsync(FileTransfer transfer, CancellationToken ct)
    {
        try
        {
            transfer.Report(0, null);
            if (await FileMd5.MatchesAsync(transfer.FinalPath, transfer.Entry.Md5, ct))
            {
                var length = new FileInfo(transfer.FinalPath).Length;
                transfer.Report(length, length, finished: true);
                return false;
            }

            await RetryAsync(transfer.Entry.Address, transfer.FinalPath, guard => DownloadOnceAsync(transfer, guard), ct);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Network errors were turned into retries on the way; what is left is the disk's.
            throw new InputOutputException($"cannot write {transfer.Entry.Name}: {ex.Message}", transfer.FinalPath, ex);
        }
    }

    /// <summary>One attempt: resume or start the <c>.part</c>, receive the rest, verify, rename.</summary>
    private async Task DownloadOnceAsync(FileTransfer transfer, ReadTimeoutGuard guard)
    {
        var entry = transfer.Entry;
        var offset = transfer.PartLength();
        if (offset > 0 && (entry.Size is null || offset >= entry.Size))
        {
            // A run stopped between the last byte and the rename leaves a complete .part. With the size known, a
            // .part that long but wrong (or longer) cannot be resumed; without it, the server will say (416).
            if (await FileMd5.MatchesAsync(transfer.PartPath, entry.Md5, guard.Outer))
            {
                Complete(transfer);
                return;
            }

            if (entry.Size is not null)
            {
                transfer.DeletePart();
                offset = 0;
            }
        }

        using var response = await GetAsync(entry.Address, offset, guard);
        var resuming = CheckResume(response, transfer, offset);
        var total = (resuming ? response.Content.Headers.ContentRange?.Length : response.Content.Headers.ContentLength)
            ?? entry.Size;
        var done = resuming ? offset : 0;
        transfer.Resumed = resuming;
        await using (var file = new FileStream(transfer.PartPath, resuming ? FileMode.Append : FileMode.Create,
            FileAccess.Write, FileShare.None, ChunkSize, useAsync: true))
        await using (var body = await response.Content.ReadAsStreamAsync(guard.Token))
        {
            var buffer = new byte[ChunkSize];
            int count;
            while ((count = await ReadBodyAsync(body, buffer, guard)) > 0)
            {
                await file.WriteAsync(buffer.AsMemory(0, count), guard.Outer);
                transfer.Received(count);
                done += count;
                transfer.Report(done, total);
            }
        }

        await VerifyAsync(transfer, guard.Outer);
        Complete(transfer);
    }

    /// <summary>
    /// Sorts the answer: true when it continues the <c>.part</c> (206 from the asked byte), false when it is the
    /// whole file (200, also the answer of a server that ignores ranges), and throws for anything else.
    /// </summary>
    private static bool CheckResume(HttpResponseMessage response, FileTransfer transfer, long offset)
    {
        if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
        {
            transfer.DeletePart();
            throw new TransientFetchException($"the server would not resume at byte {offset}");
        }

        EnsureSuccess(response, transfer.Entry.Address, transfer.FinalPath);
        if (response.StatusCode != HttpStatusCode.PartialContent)
        {
            return false;
        }

        if (offset == 0 || response.Content.Headers.ContentRange?.From != offset)
        {
            transfer.DeletePart();
            throw new TransientFetchException($"the server sent a range that was not asked for (from byte {offset})");
        }

        return true;
    }

    /// <summary>Checks size and md5; a <c>.part</c> that fails is deleted, so the next attempt starts from scratch.</summary>
    private static async Task VerifyAsync(FileTransfer transfer, CancellationToken ct)
    {
        var entry = transfer.Entry;
        var length = transfer.PartLength();
        if (entry.Size is { } size && length != size)
        {
            transfer.DeletePart();
            throw new TransientFetchException($"size mismatch: expected {size} bytes, got {length}");
        }

        var md5 = await FileMd5.ComputeAsync(transfer.PartPath, ct);
        if (md5 != entry.Md5)
        {
            transfer.DeletePart();
            throw new TransientFetchException($"md5 mismatch: expected {entry.Md5}, got {md5}");
        }
    }

    /// <summary>The rename is the only way a file gets its final name, so that name never holds a partial file.</summary>
    private static void Complete(FileTransfer transfer)
    {
        var length = transfer.PartLength();
        File.Move(transfer.PartPath, transfer.FinalPath, overwrite: true);
        transfer.Report(length, length, finished: true);
    }
}
