using Pendulum.Events;
using Pendulum.Store;

namespace Pendulum.ClickHouse;

public sealed partial class ClickHouseEventStore
{
    // The observer's per-event quantities, as DayTally computes them: Goldstein in millionths (ClickHouse's round()
    // of a Float64 rounds half away from zero, as Math.Round(..., AwayFromZero) does) and mentions of at least 1.
    private const string Micro = "toInt64(round(goldstein * 1000000))";
    private const string Weight = "toInt64(greatest(mentions, 1))";

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
    /// The strongest events per (source, target, day, QuadClass) with <c>LIMIT k BY</c>. The query goes through the
    /// Distributed table, but its inner ranking reads <c>events_local</c>, so every shard ranks its own rows and sends
    /// back only its winners in full. Ranking per shard is exact: a pair's events live on one shard, and even if they
    /// did not, the union of every shard's top k holds the overall top k, which is all the observer needs.
    /// </summary>
    public IEnumerable<CodedEvent> StrongestPairEvents(PairSetQuery query, int perGroup, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perGroup);
        var filter = PairFilter(query);
        var sql = $"""
            SELECT {EventColumns.List} FROM {_db}.{ClickHouseSchema.Events}
            WHERE {filter} AND (dataset, event_id) IN (
              SELECT dataset, event_id FROM {_db}.{ClickHouseSchema.LocalEvents}
              WHERE {filter}
              ORDER BY source_country, target_country, date, quad, abs({Micro} * {Weight}) DESC, dataset, event_id
              LIMIT {perGroup} BY source_country, target_country, date, quad)
            """;
        return ReadEvents(sql, cancellationToken);
    }

    /// <summary>Each country's events per day (as source or target, once when both), summed on the shards.</summary>
    public IEnumerable<CountryDayVolume> DailyVolumes(IReadOnlyCollection<string> countries, DateOnly? from = null, DateOnly? to = null,
        CancellationToken cancellationToken = default)
    {
        if (countries.Count == 0)
            yield break;
        var list = ClickHouseSql.List(countries);
        var sql = $"""
            SELECT country, date, count()
            FROM {_db}.{ClickHouseSchema.Events}
            ARRAY JOIN if(ifNull(source_country, '') = ifNull(target_country, ''), [ifNull(source_country, '')],
                          [ifNull(source_country, ''), ifNull(target_country, '')]) AS country
            WHERE (source_country IN {list} OR target_country IN {list}) AND country IN {list}{ClickHouseSql.DateRange(from, to)}
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
