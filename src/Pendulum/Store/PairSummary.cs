namespace Pendulum.Store;

/// <summary>
/// A pair of countries that has events in a store: how many each way and over which days. The pair is unordered;
/// <see cref="CountryA"/> sorts before <see cref="CountryB"/>.
/// </summary>
/// <param name="CountryA">The code that sorts first (ISO alpha-3).</param>
/// <param name="CountryB">The other code.</param>
/// <param name="EventsAb">Events with A as source and B as target.</param>
/// <param name="EventsBa">Events with B as source and A as target.</param>
/// <param name="First">Day of the first event, either direction.</param>
/// <param name="Last">Day of the last event, either direction.</param>
public sealed record PairSummary(string CountryA, string CountryB, long EventsAb, long EventsBa, DateOnly First, DateOnly Last)
{
    /// <summary>Events of both directions.</summary>
    public long Events => EventsAb + EventsBa;

    /// <summary>
    /// The SQL stores' query for <see cref="FromDirected"/>: events grouped by direction, over a table <c>events</c>
    /// with the common columns.
    /// </summary>
    internal const string DirectedSql = "SELECT source_country, target_country, COUNT(*), MIN(date), MAX(date) FROM events "
        + "WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country "
        + "GROUP BY source_country, target_country";

    /// <summary>
    /// Folds rows of <c>source, target, events, first day, last day</c> (events grouped by direction in the store's
    /// SQL) into unordered pairs, busiest first, ties by the two codes: every store answers <c>Pairs</c> this way.
    /// </summary>
    internal static IReadOnlyList<PairSummary> FromDirected(System.Data.Common.DbDataReader reader)
    {
        var pairs = new Dictionary<(string, string), PairSummary>();
        while (reader.Read())
        {
            var (source, target, events) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
            var (first, last) = (EventColumns.ReadDate(reader, 3), EventColumns.ReadDate(reader, 4));
            var forward = string.CompareOrdinal(source, target) < 0;
            var key = forward ? (source, target) : (target, source);
            var pair = pairs.GetValueOrDefault(key) ?? new PairSummary(key.Item1, key.Item2, 0, 0, first, last);
            pairs[key] = pair with
            {
                EventsAb = pair.EventsAb + (forward ? events : 0),
                EventsBa = pair.EventsBa + (forward ? 0 : events),
                First = first < pair.First ? first : pair.First,
                Last = last > pair.Last ? last : pair.Last,
            };
        }

        return pairs.Values
            .OrderByDescending(p => p.Events)
            .ThenBy(p => p.CountryA, StringComparer.Ordinal)
            .ThenBy(p => p.CountryB, StringComparer.Ordinal)
            .ToList();
    }
}
