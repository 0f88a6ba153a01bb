using System.Data.Common;
using Pendulum.Events.Aggregates;
using Pendulum.Observe;

namespace Pendulum.Store;

/// <summary>
/// The <c>period_counts</c> table every store keeps (docs/store.md, "Period aggregates"): its columns, in an
/// engine-neutral form the stores turn into their own DDL, and the reading of its rows.
/// </summary>
public static class PeriodCountRows
{
    /// <summary>Name and engine-neutral type (<c>text</c>, <c>date</c>, <c>int</c>, <c>real</c>; <c>?</c> when nullable), in table order.</summary>
    public static IReadOnlyList<(string Name, string Type)> Columns { get; } =
    [
        ("dataset", "text"), ("source_country", "text"), ("target_country", "text"), ("period", "text"), ("period_start", "date"),
        ("verbal_cooperation", "int"), ("material_cooperation", "int"), ("verbal_conflict", "int"), ("material_conflict", "int"),
        ("goldstein_verbal_cooperation", "real?"), ("goldstein_material_cooperation", "real?"),
        ("goldstein_verbal_conflict", "real?"), ("goldstein_material_conflict", "real?"),
    ];

    /// <summary>The key: a count is stored once per dataset, directed pair, period length and start.</summary>
    public const string Key = "dataset, source_country, target_country, period, period_start";

    /// <summary>The columns, comma-separated, in table order.</summary>
    public static string List { get; } = string.Join(", ", Columns.Select(c => c.Name));

    /// <summary>
    /// The query behind <see cref="IPeriodCountStore.PeriodCountPairs"/> in SQL: events and first and last period start
    /// by direction, for <see cref="PairSummary.FromDirected"/>.
    /// </summary>
    public const string DirectedSql = "SELECT source_country, target_country, "
        + "CAST(SUM(verbal_cooperation + material_cooperation + verbal_conflict + material_conflict) AS BIGINT), "
        + "MIN(period_start), MAX(period_start) FROM period_counts GROUP BY source_country, target_country";

    /// <summary>The values of a count in table order (<see cref="DBNull"/> for absent Goldstein sums); dates as <paramref name="date"/> gives them.</summary>
    public static object[] Values(PeriodCount count, Func<DateOnly, object> date)
    {
        var values = new object[Columns.Count];
        (values[0], values[1], values[2], values[3], values[4]) = (count.Dataset, count.Source, count.Target, count.Period.Name(), date(count.PeriodStart));
        for (var q = 0; q < 4; q++)
        {
            values[5 + q] = count.Counts[q];
            values[9 + q] = count.GoldsteinSums is { } sums ? sums[q] : DBNull.Value;
        }

        return values;
    }

    /// <summary>Reads one row selected as <see cref="List"/>.</summary>
    public static PeriodCount Read(DbDataReader r)
    {
        var counts = new long[4];
        for (var q = 0; q < 4; q++)
            counts[q] = Convert.ToInt64(r.GetValue(5 + q), System.Globalization.CultureInfo.InvariantCulture);
        double[]? sums = null;
        if (!r.IsDBNull(9))
        {
            sums = new double[4];
            for (var q = 0; q < 4; q++)
                sums[q] = r.GetDouble(9 + q);
        }

        var period = Frequencies.Parse(r.GetString(3))
            ?? throw new InputOutputException($"period_counts holds an unknown period '{r.GetString(3)}'");
        return new PeriodCount(r.GetString(0), r.GetString(1), r.GetString(2), EventColumns.ReadDate(r, 4), period, counts, sums);
    }

    /// <summary>
    /// <see cref="IPeriodCountStore.PeriodCounts"/> on an SQL connection: the counts among <paramref name="countries"/>,
    /// bound as parameters written <paramref name="marker"/> and a name (<c>@</c> in SQLite and PostgreSQL, <c>$</c> in DuckDB).
    /// </summary>
    public static IReadOnlyList<PeriodCount> Among(DbConnection connection, IReadOnlyCollection<string> countries, char marker,
        CancellationToken cancellationToken)
    {
        if (countries.Count == 0)
            return [];
        using var command = connection.CreateCommand();
        var names = countries.Select((c, i) => (Country: c, Name: $"c{i}")).ToList();
        foreach (var (country, name) in names)
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (marker == '@' ? "@" + name : name, country);
            command.Parameters.Add(parameter);
        }

        var set = string.Join(", ", names.Select(n => marker + n.Name));
        command.CommandText = $"SELECT {List} FROM period_counts WHERE source_country IN ({set}) AND target_country IN ({set})";
        return ReadAll(command, cancellationToken);
    }

    // Reads the rows of a query selecting List, ordered as IPeriodCountStore.PeriodCounts promises.
    private static List<PeriodCount> ReadAll(DbCommand command, CancellationToken cancellationToken)
    {
        var counts = new List<PeriodCount>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            counts.Add(Read(reader));
        }

        return Ordered(counts);
    }

    /// <summary><see cref="IPeriodCountStore.PeriodCountPairs"/> through <see cref="DirectedSql"/> on an SQL connection.</summary>
    public static IReadOnlyList<PairSummary> Pairs(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = DirectedSql;
        using var reader = command.ExecuteReader();
        return PairSummary.FromDirected(reader);
    }

    /// <summary>Orders counts as <see cref="IPeriodCountStore.PeriodCounts"/> returns them.</summary>
    public static List<PeriodCount> Ordered(IEnumerable<PeriodCount> counts) =>
        counts.OrderBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.Target, StringComparer.Ordinal)
            .ThenBy(c => c.Period).ThenBy(c => c.PeriodStart).ThenBy(c => c.Dataset, StringComparer.Ordinal).ToList();
}
