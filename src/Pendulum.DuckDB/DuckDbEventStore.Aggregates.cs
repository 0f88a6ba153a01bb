using System.Data.Common;
using Pendulum.Events;
using Pendulum.Store;

namespace Pendulum.DuckDB;

/// <remarks>
/// The observer's reads, pushed down to DuckDB: the per-day sums are one <c>GROUP BY</c> and the driver candidates one
/// <c>QUALIFY rank() ... &lt;= k</c>, both over the pair events, which one parallel scan of the few columns they need
/// puts in a temporary table (<see cref="ReadPairs"/>). Sums
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
        command.CommandText = TalliesSql($"({PairEvents(command, query)})");
        foreach (var tally in ReadTallies(command, cancellationToken))
            yield return tally;
    }

    /// <summary>
    /// The <paramref name="perGroup"/> strongest of each (source, target, day, QuadClass), and every event tied with the
    /// last of them: <c>QUALIFY rank() ... &lt;= k</c> ranks by strength alone, so no string key enters the sort, and
    /// a tie at the cut brings all its events (the observer breaks ties by key itself).
    /// </summary>
    public IEnumerable<CodedEvent> StrongestPairEvents(PairSetQuery query, int perGroup, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perGroup);
        using var command = Connection.CreateCommand();
        command.CommandText = StrongestSql($"({PairEvents(command, query)})", perGroup);
        foreach (var candidate in ReadCandidates(command, cancellationToken))
            yield return candidate;
    }

    /// <summary>
    /// Both reads from one filtered scan: the query's pair events (the few columns the observer needs) go into a
    /// temporary table once, and the sums and the candidates are computed from it. Without candidates, the sums are
    /// read straight from the store.
    /// </summary>
    public void ReadPairs(PairSetQuery query, int perGroup, Action<PairDayTally> tally, Action<CodedEvent> candidate,
        CancellationToken cancellationToken = default)
    {
        if (perGroup <= 0)
        {
            // The sums alone: one scan that filters and sums as it goes, nothing kept in between.
            foreach (var t in PairTallies(query, cancellationToken))
                tally(t);
            return;
        }

        using (var fill = Connection.CreateCommand())
        {
            fill.CommandText = $"CREATE OR REPLACE TEMP TABLE pair_events AS {PairEvents(fill, query)}";
            fill.ExecuteNonQuery();
        }

        try
        {
            using (var sums = Connection.CreateCommand())
            {
                sums.CommandText = TalliesSql("pair_events");
                foreach (var t in ReadTallies(sums, cancellationToken))
                    tally(t);
            }

            if (perGroup > 0)
            {
                using var strongest = Connection.CreateCommand();
                strongest.CommandText = StrongestSql("pair_events", perGroup);
                foreach (var c in ReadCandidates(strongest, cancellationToken))
                    candidate(c);
            }
        }
        finally
        {
            Execute("DROP TABLE IF EXISTS pair_events");
        }
    }

    /// <summary>The query's pair events with what the observer sums and ranks by, Goldstein in millionths and the weight.</summary>
    private static string PairEvents(DbCommand command, PairSetQuery query) =>
        $"SELECT source_country, target_country, date, quad, dataset, event_id, goldstein, mentions, {Micro} AS micro, {Weight} AS weight "
        + $"FROM events WHERE {PairFilter(command, query)}";

    private static string TalliesSql(string pairEvents) => $"""
        SELECT source_country, target_country, date, quad, COUNT(*),
               CAST(SUM(micro) AS BIGINT), CAST(SUM(weight) AS BIGINT), CAST(SUM(micro * weight) AS BIGINT)
        FROM {pairEvents} AS p
        GROUP BY source_country, target_country, date, quad
        """;

    private static string StrongestSql(string pairEvents, int perGroup) => $"""
        SELECT dataset, event_id, date, source_country, target_country, quad, goldstein, mentions
        FROM {pairEvents} AS p
        QUALIFY rank() OVER (PARTITION BY source_country, target_country, date, quad ORDER BY abs(micro * weight) DESC) <= {perGroup}
        """;

    private static IEnumerable<PairDayTally> ReadTallies(DbCommand command, CancellationToken cancellationToken)
    {
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new PairDayTally(r.GetString(0), r.GetString(1), EventColumns.ReadDate(r, 2), (QuadClass)r.GetInt32(3), r.GetInt64(4),
                r.GetInt64(5), r.GetInt64(6), r.GetInt64(7));
        }
    }

    private static IEnumerable<CodedEvent> ReadCandidates(DbCommand command, CancellationToken cancellationToken)
    {
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

    /// <summary>
    /// Full events by key, in two scans. The keys go into a temporary table; a scan of a few narrow columns finds the
    /// pairs and days they fall on; the full rows are then read with those as filters DuckDB checks before it reads the
    /// wide columns (names, URLs, descriptions), so that it skips the stretches of other pairs and days (stores written
    /// before the writer appended in place hold each file's events in pair order, where those stretches are long). A
    /// plain join on the key would read every column of every row.
    /// </summary>
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

            Execute("""
                CREATE OR REPLACE TEMP TABLE keys_found AS
                SELECT DISTINCT source_country, target_country, date FROM events SEMI JOIN keys_wanted USING (dataset, event_id)
                """);
            var sources = Column("SELECT DISTINCT source_country FROM keys_found");
            var targets = Column("SELECT DISTINCT target_country FROM keys_found");
            var days = Column("SELECT strftime(min(date), '%Y-%m-%d') FROM keys_found UNION ALL SELECT strftime(max(date), '%Y-%m-%d') FROM keys_found");
            using var command = Connection.CreateCommand();
            // Constants, which DuckDB checks in the scan itself; an event without a country (never a driver) falls back
            // to the plain join.
            command.CommandText = sources.Contains(null) || targets.Contains(null) || days.Contains(null)
                ? $"SELECT {EventColumns.List} FROM events SEMI JOIN keys_wanted USING (dataset, event_id)"
                : $"""
                    SELECT {EventColumns.List} FROM events
                    WHERE source_country IN ({List(command, "s", sources!)}) AND target_country IN ({List(command, "t", targets!)})
                      AND date >= CAST('{days[0]}' AS DATE) AND date <= CAST('{days[1]}' AS DATE)
                      AND (dataset, event_id) IN (SELECT dataset, event_id FROM keys_wanted)
                    """;
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
            Execute("DROP TABLE IF EXISTS keys_found");
        }
    }

    private List<string?> Column(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string?>();
        while (reader.Read())
            values.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
        return values;
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
