using Pendulum.Events;

namespace Pendulum.Store;

/// <summary>
/// Where events live: an embedded SQLite file by default, PostgreSQL on a server. Same schema and same behaviour:
/// an event is keyed by (dataset, event id) and stored once however often it is ingested.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>Human-readable description of the store (file path or server and database), without passwords.</summary>
    string Description { get; }

    /// <summary>
    /// Opens a write transaction for one file. Nothing written through it is visible, or survives a crash,
    /// until <see cref="IEventWriter.Commit"/>.
    /// </summary>
    IEventWriter BeginWrite();

    /// <summary>The events of a dyad, both directions, ordered by date, dataset and event id. Streams.</summary>
    IEnumerable<CodedEvent> Events(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Events per day in which <paramref name="country"/> is source or target, with any partner: the volume that
    /// normalises a pair's counts, so a busier news year is not read as a warmer relationship. Counted from every
    /// row of the ingested files that touched the country, whether or not an actor filter kept it, once per file
    /// content (the same event in two different files counts twice).
    /// </summary>
    IEnumerable<(DateOnly Date, long Events)> DailyVolume(string country, DateOnly? from = null, DateOnly? to = null);

    /// <summary>
    /// Every pair of different countries with at least one event between them, most events first (ties by codes).
    /// Events with a missing source or target country, or with a country acting on itself, belong to no pair.
    /// </summary>
    IReadOnlyList<PairSummary> Pairs();

    /// <summary>Number of events stored.</summary>
    long CountEvents();

    /// <summary>The files ingested, oldest first.</summary>
    IReadOnlyList<IngestedFile> Files();

    /// <summary>
    /// The records of one path (its full path, as recorded), oldest first: one per content ingested from it. Every
    /// ingest asks, so it reads only that path's records, not a store's thousands.
    /// </summary>
    IReadOnlyList<IngestedFile> Files(string path);
}

/// <summary>Where a reader hands the events it keeps: a store's write transaction, or a buffer that holds them for one.</summary>
public interface IEventSink
{
    /// <summary>
    /// Adds events; returns how many were new (the others were already stored). A sink that can only tell later
    /// (the ClickHouse store checks a whole file at once at commit; a buffer, when it is written) returns 0.
    /// </summary>
    int Add(IReadOnlyList<CodedEvent> events);
}

/// <summary>One file's write transaction. Disposing without <see cref="Commit"/> rolls everything back.</summary>
public interface IEventWriter : IEventSink, IDisposable
{

    /// <summary>
    /// Records the file (replacing an earlier record of the same path and content) and the events per country and
    /// day its rows held, and commits. Returns the record as stored: <paramref name="file"/> itself, or with
    /// <see cref="IngestedFile.RowsInserted"/> counted by the writer.
    /// </summary>
    /// <param name="file">The file's record.</param>
    /// <param name="volumes">
    /// The file's events per country and day (see <see cref="IEventStore.DailyVolume"/>). They are kept per
    /// <see cref="IngestedFile.ContentHash"/>, country and day, and an entry already kept for the same content is
    /// not added again: re-ingesting a file, with the same filter or another, never counts its rows twice.
    /// </param>
    IngestedFile Commit(IngestedFile file, IReadOnlyCollection<CountryDayVolume> volumes);
}
