using Pendulum.Events.Aggregates;
using Pendulum.Events.Readers;
using Pendulum.Store;

namespace Pendulum.Ingest;

/// <summary>
/// Ingests a period-aggregate table (<see cref="PeriodCountFile"/>) in one transaction: the whole table is read and
/// checked first, so a bad row stores nothing, and a count already stored is not stored again.
/// </summary>
internal static class PeriodCountIngest
{
    public static IngestResult Run(IEventStore store, string path, IngestOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        var read = PeriodCountFile.Read(path, options.Reader, cancellationToken);
        var kept = Filter(read.Counts, options.Reader, out var filteredOut);
        read.Report.RowsKept = kept.Count;
        read.Report.RowsFilteredOut = filteredOut;
        if (store is not IPeriodCountStore)
            throw new UsageException($"{store.Description} does not keep period aggregates", "--db");
        var contentHash = ContentHash.Of(fullPath, cancellationToken);
        var seenBefore = store.Files(fullPath).Any(f => f.ContentHash == contentHash);
        using var writer = store.BeginWrite();
        var sink = writer as IPeriodCountSink
            ?? throw new UsageException($"{store.Description} does not keep period aggregates", "--db");
        var inserted = sink.AddPeriodCounts(kept);
        var report = read.Report;
        var file = new IngestedFile(fullPath, new FileInfo(fullPath).Length, contentHash, PeriodCountFile.FormatName, report.FormatDetail,
            options.Reader.Actors is { } actors ? string.Join(',', actors.Order(StringComparer.Ordinal)) : "",
            report.RowsRead, report.RowsKept, inserted, report.RowsFilteredOut, report.RowsSkipped, 0, 0, 0, time.GetUtcNow());
        var recorded = writer.Commit(file, []);
        return new IngestResult(recorded with { RowsInserted = inserted }, report, seenBefore);
    }

    // --actors keeps the pairs between listed countries (or, with --touching, those with one on either side).
    private static List<PeriodCount> Filter(IReadOnlyList<PeriodCount> counts, EventReaderOptions options, out long filteredOut)
    {
        if (options.Actors is not { } actors)
        {
            filteredOut = 0;
            return [.. counts];
        }

        var kept = counts.Where(c => options.ActorMatch == ActorMatch.Touching
            ? actors.Contains(c.Source) || actors.Contains(c.Target)
            : actors.Contains(c.Source) && actors.Contains(c.Target)).ToList();
        filteredOut = counts.Count - kept.Count;
        return kept;
    }
}
