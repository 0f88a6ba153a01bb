using System.Data.Common;
using Pendulum.Events;
using Pendulum.Store;

namespace Pendulum.DuckDB;

/// <remarks>
/// The observer's reads, pushed down to DuckDB: the per-day sums are one <c>GROUP BY</c> and the driver candidates one
/// <c>QUALIFY row_number() ... &lt;= k</c> over the pair events, each a parallel scan of the few columns it needs. Sums
/// are integers as the observer's <c>DayTally</c> keeps them (Goldstein in millionths, rounded half away from zero as
/// <c>Math.Round(..., AwayFromZero)</c> and DuckDB's <c>round</c> of a DOUBLE both do), so the measurement is
/// bit-identical to the one from SQLite's walk or from the events themselves.
/// </remarks>
public sealed partial class DuckDbEventStore
{
    private const string Micro = "CAST(round(goldstein * 1000000) AS BIGINT)";
    private const string Weight = "CAST(greatest(mentions, 1) AS BIGINT)";

    public IEnumerable<PairDayTally> PairTallies(PairSetQuery query, CancellationToken cancellationToken = default)
    {
        using var command = Connection.CreateCommand();
        var filter = PairFilter(command, query);
        command.CommandText = $"""
            SELECT source_country, target_country, date, quad, COUNT(*),
                   CAST(SUM(micro) AS BIGINT), CAST(SUM(weight) AS BIGINT), CAST(SUM(micro * weight) AS BIGINT)
            FROM (SELECT source_country, target_country, date, quad, {Micro} AS micro, {Weight} AS weight FROM events WHERE {filter})
            GROUP BY source_country, target_country, date, quad
            """;
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new PairDayTally(r.GetString(0), r.GetString(1), EventColumns.ReadDate(r, 2), (QuadClass)r.GetInt32(3), r.GetInt64(4),
                r.GetInt64(5), r.GetInt64(6), r.GetInt64(7));
        }
    }

    /// <summary>The <paramref name="perGroup"/> strongest of each (source, target, day, QuadClass), ties to the smaller key, with <c>QUALIFY</c>.</summary>
    public IEnumerable<CodedEvent> StrongestPairEvents(PairSetQuery query, int perGroup, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perGroup);
        using var command = Connection.CreateCommand();
        var filter = PairFilter(command, query);
        command.CommandText = $"""
            SELECT dataset, event_id, date, source_country, target_country, quad, goldstein, mentions
            FROM events WHERE {filter}
            QUALIFY row_number() OVER (PARTITION BY source_country, target_country, date, quad
                                       ORDER BY abs({Micro} * {Weight}) DESC, dataset, event_id) <= {perGroup}
            """;
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new CodedEvent
            {
                Dataset = r.GetString(0),
                EventId = r.GetString(1),
                Date = EventColumns.ReadDate(r, 2),
                Source = new EventActor(r.GetString(3)),
                Target = new EventActor(r.GetString(4)),
                CameoCode = "",
                QuadClass = (QuadClass)r.GetInt32(5),
                Goldstein = r.GetDouble(6),
                Mentions = r.GetInt32(7),
            };
        }
    }

    /// <summary>Full events by key: the keys go into a temporary table, joined with <c>events</c> in one scan.</summary>
    public IEnumerable<CodedEvent> EventsByKey(IReadOnlyCollection<(string Dataset, string EventId)> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
            yield break;
        Execute("CREATE OR REPLACE TEMP TABLE keys_wanted (dataset VARCHAR NOT NULL, event_id VARCHAR NOT NULL)");
        try
        {
            using (var appender = Connection.CreateAppender("temp", "main", "keys_wanted"))
            {
                foreach (var (dataset, id) in keys)
                    appender.CreateRow().AppendValue(dataset).AppendValue(id).EndRow();
            }

            using var command = Connection.CreateCommand();
            command.CommandText = $"SELECT {EventColumns.List} FROM events SEMI JOIN (SELECT DISTINCT dataset, event_id FROM keys_wanted) AS k USING (dataset, event_id)";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return EventColumns.Read(reader);
            }
        }
        finally
        {
            Execute("DROP TABLE IF EXISTS keys_wanted");
        }
    }

    /// <summary>Each country's events per day: <c>file_volumes</c> summed over file contents.</summary>
    public IEnumerable<CountryDayVolume> DailyVolumes(IReadOnlyCollection<string> countries, DateOnly? from = null, DateOnly? to = null,
        CancellationToken cancellationToken = default)
    {
        if (countries.Count == 0)
            yield break;
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT country, date, CAST(SUM(events) AS BIGINT) FROM file_volumes WHERE country IN ({List(command, "c", countries)})"
            + $"{DateRange(command, from, to)} GROUP BY country, date";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new CountryDayVolume(reader.GetString(0), EventColumns.ReadDate(reader, 1), reader.GetInt64(2));
        }
    }

    private static string PairFilter(DbCommand command, PairSetQuery query)
    {
        var list = List(command, "p", query.Countries);
        return $"source_country IN ({list}) AND target_country IN ({list}) AND source_country <> target_country{DateRange(command, query.From, query.To)}";
    }

    /// <summary>One parameter per value (<c>$p0, $p1, ...</c>), joined for an <c>IN (...)</c> list.</summary>
    private static string List(DbCommand command, string prefix, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            var name = prefix + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Add(command, name, value);
            names.Add("$" + name);
        }

        return string.Join(", ", names);
    }
}
