using Pendulum.Events.Aggregates;
using Pendulum.Store;

namespace Pendulum.ClickHouse;

/// <summary>
/// Period aggregates in ClickHouse: <c>period_counts</c>, kept as events are (a Distributed table over each shard's
/// <c>period_counts_local</c>, sharded by the unordered pair; one table of its own on a single server).
/// </summary>
public sealed partial class ClickHouseEventStore : IPeriodCountStore
{
    public IReadOnlyList<PeriodCount> PeriodCounts(IReadOnlyCollection<string> countries, CancellationToken cancellationToken = default)
    {
        if (countries.Count == 0)
            return [];
        var list = ClickHouseSql.List(countries);
        using var reader = new TsvDataReader(First.Query(
            $"SELECT {PeriodCountRows.List} FROM {_db}.{ClickHouseSchema.PeriodCounts} WHERE source_country IN {list} AND target_country IN {list}",
            cancellationToken), PeriodCountRows.Columns.Count);
        var counts = new List<PeriodCount>();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            counts.Add(PeriodCountRows.Read(reader));
        }

        return PeriodCountRows.Ordered(counts);
    }

    public IReadOnlyList<PairSummary> PeriodCountPairs()
    {
        using var reader = new TsvDataReader(First.Query(
            "SELECT source_country, target_country, sum(verbal_cooperation + material_cooperation + verbal_conflict + material_conflict), "
            + $"min(period_start), max(period_start) FROM {_db}.{ClickHouseSchema.PeriodCounts} GROUP BY source_country, target_country"), 5);
        return PairSummary.FromDirected(reader);
    }

    /// <summary>
    /// Creates <c>period_counts</c> where missing (new stores, and stores of schema 2 or older): on a single server
    /// the table itself, on a cluster each node's local table and the Distributed one over them.
    /// </summary>
    /// <param name="tables">The tables each node had when the store opened, in <see cref="Nodes"/> order.</param>
    private void EnsurePeriodCounts(IReadOnlyList<HashSet<string>> tables)
    {
        if (Connection.SingleServer)
        {
            if (!tables[0].Contains(ClickHouseSchema.PeriodCounts))
                First.Execute(ClickHouseSchema.CreateLocalPeriodCounts(_db, Date32, ClickHouseSchema.PeriodCounts));
            return;
        }

        for (var i = 0; i < Nodes.Count; i++)
        {
            if (tables[i].Contains(ClickHouseSchema.LocalPeriodCounts) && tables[i].Contains(ClickHouseSchema.PeriodCounts))
                continue;
            Nodes[i].Execute(ClickHouseSchema.CreateLocalPeriodCounts(_db, Date32));
            Nodes[i].Execute(ClickHouseSchema.CreatePeriodCounts(_db, Connection.Cluster));
        }
    }
}
