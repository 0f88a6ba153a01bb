using Pendulum.Events.Aggregates;
using Pendulum.Store;

namespace Pendulum.DuckDB;

/// <summary>Period aggregates in DuckDB: the <c>period_counts</c> table, keyed as in the SQL stores.</summary>
public sealed partial class DuckDbEventStore
{
    // The table is small (ICEWS's 13 years of 152 countries are 298,376 rows), so a primary key costs little here.
    private void CreatePeriodCounts()
    {
        var columns = string.Join(", ", PeriodCountRows.Columns.Select(c => $"{c.Name} {SqlType(c.Type)}{(c.Type.EndsWith('?') ? "" : " NOT NULL")}"));
        Execute($"CREATE TABLE IF NOT EXISTS period_counts ({columns}, PRIMARY KEY ({PeriodCountRows.Key}))");
    }

    /// <summary>
    /// Appends the counts to a temporary table with DuckDB's appender and moves those not stored yet (the first of a
    /// key that repeats) into <c>period_counts</c> with one statement; returns how many were new.
    /// </summary>
    internal long InsertPeriodCounts(IReadOnlyList<PeriodCount> counts)
    {
        var columns = string.Join(", ", PeriodCountRows.Columns.Select(c => $"{c.Name} {SqlType(c.Type)}"));
        Execute($"CREATE OR REPLACE TEMP TABLE period_counts_incoming ({columns}, ordinal BIGINT NOT NULL)");
        using (var appender = Connection.CreateAppender("temp", "main", "period_counts_incoming"))
        {
            long ordinal = 0;
            foreach (var count in counts)
            {
                var row = appender.CreateRow()
                    .AppendValue(count.Dataset).AppendValue(count.Source).AppendValue(count.Target)
                    .AppendValue(Observe.Frequencies.Name(count.Period)).AppendValue((DateOnly?)count.PeriodStart);
                for (var q = 0; q < 4; q++)
                    row.AppendValue((int?)checked((int)count.Counts[q]));
                for (var q = 0; q < 4; q++)
                    row.AppendValue(count.GoldsteinSums is { } sums ? sums[q] : (double?)null);
                row.AppendValue((long?)ordinal++).EndRow();
            }
        }

        var list = PeriodCountRows.List;
        var inserted = Execute($"""
            INSERT INTO period_counts ({list})
            SELECT {list} FROM period_counts_incoming
            QUALIFY row_number() OVER (PARTITION BY {PeriodCountRows.Key} ORDER BY ordinal) = 1
            ON CONFLICT DO NOTHING
            """);
        Execute("DROP TABLE IF EXISTS period_counts_incoming");
        return inserted;
    }

    public IReadOnlyList<PeriodCount> PeriodCounts(IReadOnlyCollection<string> countries, CancellationToken cancellationToken = default) =>
        PeriodCountRows.Among(Connection, countries, '$', cancellationToken);

    public IReadOnlyList<PairSummary> PeriodCountPairs() => PeriodCountRows.Pairs(Connection);
}
