using System.Data.Common;
using System.Text;
using Pendulum.Events.Aggregates;

namespace Pendulum.Store;

/// <summary>Period aggregates in the SQL stores (SQLite and PostgreSQL): the <c>period_counts</c> table.</summary>
public abstract partial class SqlEventStore
{
    /// <summary>
    /// Rows per INSERT of period counts. SQLite: 1, through one prepared statement (Microsoft.Data.Sqlite looks each
    /// bound name up among the statement's, so a statement of many rows binds in quadratic time: 380 s for ICEWS's
    /// 298,376 dyad-years). PostgreSQL: 500, one round trip per 500 rows (500 x 13 parameters, under its 65,535).
    /// </summary>
    private protected virtual int PeriodCountBatch => 1;

    /// <summary>Creates <c>period_counts</c> when missing (new stores and upgrades).</summary>
    private protected void CreatePeriodCounts(DbTransaction transaction)
    {
        var columns = string.Join(", ", PeriodCountRows.Columns.Select(c =>
            $"{c.Name} {SqlType(c.Type.TrimEnd('?'))}{(c.Type.EndsWith('?') ? "" : " NOT NULL")}"));
        Execute(transaction, $"CREATE TABLE IF NOT EXISTS period_counts ({columns}, PRIMARY KEY ({PeriodCountRows.Key})){EventTableOptions}");
    }

    /// <summary>Inserts counts inside <paramref name="transaction"/>, skipping those already stored; returns how many were new.</summary>
    private protected long InsertPeriodCounts(DbTransaction transaction, IReadOnlyList<PeriodCount> counts)
    {
        long inserted = 0;
        var rows = PeriodCountBatch;
        using var full = InsertCommand(transaction, rows);
        for (var start = 0; start < counts.Count; start += rows)
        {
            var batch = Math.Min(rows, counts.Count - start);
            using var last = batch == rows ? null : InsertCommand(transaction, batch);
            var command = last ?? full;
            var p = 0;
            for (var i = 0; i < batch; i++)
            {
                foreach (var value in PeriodCountRows.Values(counts[start + i], DateValue))
                    command.Parameters[p++].Value = value;
            }

            inserted += command.ExecuteNonQuery();
        }

        return inserted;
    }

    // INSERT of `rows` rows with parameters @p0_0 .. numbered by row and column, prepared once and bound again per batch.
    private DbCommand InsertCommand(DbTransaction transaction, int rows)
    {
        var command = Connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder($"INSERT INTO period_counts ({PeriodCountRows.List}) VALUES ");
        for (var i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? "(" : ", (");
            for (var c = 0; c < PeriodCountRows.Columns.Count; c++)
            {
                var name = $"p{i}_{c}";
                sql.Append(c == 0 ? "@" : ", @").Append(name);
                AddParameter(command, name, DBNull.Value);
            }

            sql.Append(')');
        }

        command.CommandText = sql.Append($" ON CONFLICT ({PeriodCountRows.Key}) DO NOTHING").ToString();
        return command;
    }

    public IReadOnlyList<PeriodCount> PeriodCounts(IReadOnlyCollection<string> countries, CancellationToken cancellationToken = default) =>
        PeriodCountRows.Among(Connection, countries, '@', cancellationToken);

    public IReadOnlyList<PairSummary> PeriodCountPairs() => PeriodCountRows.Pairs(Connection);
}
