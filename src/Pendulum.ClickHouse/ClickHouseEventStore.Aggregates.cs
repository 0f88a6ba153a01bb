using Pendulum.Events;
using Pendulum.Store;

namespace Pendulum.ClickHouse;

public sealed partial class ClickHouseEventStore
{
    // The observer's per-event quantities, as DayTally computes them: Goldstein in millionths (ClickHouse's round()
    // of a Float64 rounds half away from zero, as Math.Round(..., AwayFromZero) does) and mentions of at least 1.
    private const string Micro = "toInt64(round(goldstein * 1000000))";
    private const string Weight = "toInt64(greatest(mentions, 1))";

    // Scattered keys touch most index granules whatever their number, so each query costs about one read of the
    // table's columns: few, large queries (the SQL text of 50,000 keys is about 1 MB).
    private const int KeysPerQuery = 50_000;

    /// <summary>
    /// One GROUP BY through the Distributed table: each shard sums its own pairs, the first node merges the partial
    /// sums, and one row per (source, target, day, QuadClass) comes back.
    /// </summary>
    public IEnumerable<PairDayTally> PairTallies(PairSetQuery query, CancellationToken cancellationToken = default)
    {
        var sql = $"""
            SELECT source_country, target_country, date, quad, count(), sum({Micro}), sum({Weight}), sum({Micro} * {Weight})
            FROM {_db}.{ClickHouseSchema.Events}
            WHERE {PairFilter(query)}
            GROUP BY source_country, target_country, date, quad
            """;
        using var rows = First.Query(sql, cancellationToken);
        while (rows.Read() is { } r)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new PairDayTally(r[0]!, r[1]!, ParseDate(r[2]!), (QuadClass)(int)ParseLong(r[3]), ParseLong(r[4]), ParseLong(r[5]),
                ParseLong(r[6]), ParseLong(r[7]));
        }
    }

    /// <summary>
    /// The strongest events per (source, target, day, QuadClass) with <c>LIMIT k BY</c>, with only the fields that rank
    /// them. Through the Distributed table: each shard filters and sorts its rows, the first node merges the sorted
    /// streams and keeps k per group.
    /// </summary>
    public IEnumerable<CodedEvent> StrongestPairEvents(PairSetQuery query, int perGroup, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perGroup);
        var sql = $"""
            SELECT dataset, event_id, date, source_country, target_country, cameo, quad, goldstein, mentions
            FROM {_db}.{ClickHouseSchema.Events}
            WHERE {PairFilter(query)}
            ORDER BY source_country, target_country, date, quad, abs({Micro} * {Weight}) DESC, dataset, event_id
            LIMIT {perGroup} BY source_country, target_country, date, quad
            """;
        using var reader = new TsvDataReader(First.Query(sql, cancellationToken), 9);
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new CodedEvent
            {
                Dataset = reader.GetString(0),
                EventId = reader.GetString(1),
                Date = ParseDate(reader.GetString(2)),
                Source = new EventActor(reader.GetString(3)),
                Target = new EventActor(reader.GetString(4)),
                CameoCode = reader.GetString(5),
                QuadClass = (QuadClass)reader.GetInt32(6),
                Goldstein = reader.GetDouble(7),
                Mentions = reader.GetInt32(8),
            };
        }
    }

    /// <summary>Full events by key; each shard looks them up in its primary key.</summary>
    public IEnumerable<CodedEvent> EventsByKey(IReadOnlyCollection<(string Dataset, string EventId)> keys, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            foreach (var e in ReadEvents($"SELECT {EventColumns.List} FROM {_db}.{ClickHouseSchema.Events} WHERE {KeyFilter(chunk)}", cancellationToken))
                yield return e;
        }
    }

    /// <summary><c>(dataset = 'a' AND event_id IN (...)) OR ...</c>: one literal per key, grouped by dataset.</summary>
    internal static string KeyFilter(IEnumerable<(string Dataset, string EventId)> keys) =>
        string.Join(" OR ", keys.GroupBy(k => k.Dataset, StringComparer.Ordinal)
            .Select(g => $"(dataset = {ClickHouseSql.String(g.Key)} AND event_id IN {ClickHouseSql.List(g.Select(k => k.EventId))})"));

    /// <summary>
    /// Each country's events per day: the sum over file contents of what <c>file_volumes</c> keeps, a few hundred
    /// entries per file on the first node. Not a count over <c>events</c>, which may hold only the events between the
    /// countries an ingest's actor filter listed, while the volumes count every row of the files.
    /// </summary>
    public IEnumerable<CountryDayVolume> DailyVolumes(IReadOnlyCollection<string> countries, DateOnly? from = null, DateOnly? to = null,
        CancellationToken cancellationToken = default)
    {
        if (countries.Count == 0)
            yield break;
        var sql = $"""
            SELECT country, date, sum(events)
            FROM {_db}.{ClickHouseSchema.FileVolumes}
            WHERE country IN {ClickHouseSql.List(countries)}{ClickHouseSql.DateRange(from, to)}
            GROUP BY country, date
            """;
        using var rows = First.Query(sql, cancellationToken);
        while (rows.Read() is { } r)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new CountryDayVolume(r[0]!, ParseDate(r[1]!), ParseLong(r[2]));
        }
    }

    private static string PairFilter(PairSetQuery query)
    {
        var list = ClickHouseSql.List(query.Countries);
        return $"source_country IN {list} AND target_country IN {list} AND source_country != target_country{ClickHouseSql.DateRange(query.From, query.To)}";
    }
}
