using System.Security.Cryptography;
using System.Threading.Channels;
using Pendulum.Events;
using Pendulum.Events.Readers;
using Pendulum.Store;

namespace Pendulum.Ingest;

/// <summary>
/// Ingests event files into a store, one transaction per file: a file goes in whole or not at all, and the same
/// event is stored once however often its file is ingested.
/// </summary>
/// <remarks>
/// Parsing and storing overlap: a producer task reads and parses batches while the calling task writes the
/// previous ones, through a channel of at most four batches, so memory stays bounded whatever the file's size.
/// The file's SHA-256 is computed on the side at the same time.
/// </remarks>
public sealed class EventIngester(IEventStore store, TimeProvider time)
{
    private const int BatchesInFlight = 4;

    /// <summary>Ingests one file. Throws <see cref="PendulumException"/> for bad input; nothing is then stored.</summary>
    public async Task<IngestResult> IngestFileAsync(string path, IngestOptions options, IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(path);
        using var reader = EventFile.Open(path, options.Format, options.Reader);
        var hashing = Task.Run(() => Sha256(fullPath, cancellationToken), cancellationToken);
        var batches = Channel.CreateBounded<List<CodedEvent>>(new BoundedChannelOptions(BatchesInFlight)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var cancelProducer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producing = Task.Run(() => Produce(reader, options.BatchSize, batches.Writer, cancelProducer.Token), cancelProducer.Token);

        long inserted = 0, stored = 0;
        using (var writer = store.BeginWrite())
        {
            try
            {
                await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
                {
                    inserted += writer.Add(batch);
                    stored += batch.Count;
                    progress?.Report(new IngestProgress(path, reader.BytesConsumed(), reader.BytesTotal, reader.Report.RowsRead, stored));
                }

                await producing;
            }
            catch
            {
                await cancelProducer.CancelAsync();
                await Task.WhenAll(producing, hashing).ContinueWith(_ => { }, TaskScheduler.Default);
                throw;
            }

            var report = reader.Report;
            var sha256 = await hashing;
            var seenBefore = store.Files().Any(f => f.Path == fullPath && f.Sha256 == sha256);
            var file = new IngestedFile(
                fullPath, reader.BytesTotal, sha256, report.Format.Name(), report.FormatDetail,
                options.Reader.Actors is { } actors ? string.Join(',', actors.Order(StringComparer.Ordinal)) : "",
                report.RowsRead, report.RowsKept, inserted, report.RowsFilteredOut, report.RowsSkipped, report.NaRows,
                report.CodesRepaired, report.ExponentDates, time.GetUtcNow());
            var recorded = writer.Commit(file);
            progress?.Report(new IngestProgress(path, reader.BytesTotal, reader.BytesTotal, report.RowsRead, stored));
            return new IngestResult(recorded, report, seenBefore);
        }
    }

    private static async Task Produce(EventReader reader, int batchSize, ChannelWriter<List<CodedEvent>> output,
        CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<CodedEvent>(batchSize);
            foreach (var e in reader.ReadEvents(cancellationToken))
            {
                batch.Add(e);
                if (batch.Count == batchSize)
                {
                    await output.WriteAsync(batch, cancellationToken);
                    batch = new List<CodedEvent>(batchSize);
                }
            }

            if (batch.Count > 0)
                await output.WriteAsync(batch, cancellationToken);
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
        }
    }

    private static string Sha256(string path, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sha.AppendData(buffer, 0, read);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
