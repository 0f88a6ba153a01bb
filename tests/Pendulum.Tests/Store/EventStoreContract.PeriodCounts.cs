using Pendulum.Events.Aggregates;
using Pendulum.Observe;
using Pendulum.Observe.Pairs;
using Pendulum.Store;
using Pendulum.Tests.Events.Aggregates;

namespace Pendulum.Tests.Store;

/// <summary>Period aggregates (pair x period x QuadClass counts): kept by every store, idempotent, all or nothing.</summary>
public abstract partial class EventStoreContract
{
    [Fact]
    public async Task IngestFileAsync_PeriodCountTable_StoresEachPairPeriodOnce()
    {
        using var store = OpenStore();

        var first = await Ingest(store, PeriodCountFileTests.SixCountries);
        var again = await Ingest(store, PeriodCountFileTests.SixCountries);

        Assert.Equal((390L, 390L, "period-counts"), (first.File.RowsKept, first.File.RowsInserted, first.File.Format));
        Assert.Equal(0, again.File.RowsInserted);
        Assert.True(again.SeenBefore);
        var counts = ((IPeriodCountStore)store).PeriodCounts(["USA", "JPN"]);
        Assert.Equal(26, counts.Count);
        Assert.Equal([4334L, 31, 146, 60], counts.First(c => c is { Source: "USA", PeriodStart.Year: 2002 }).Counts);
        Assert.Equal(0, store.CountEvents());
        var pair = Assert.Single(((IPeriodCountStore)store).PeriodCountPairs(), p => (p.CountryA, p.CountryB) == ("JPN", "USA"));
        Assert.Equal((new DateOnly(2002, 1, 1), new DateOnly(2014, 1, 1)), (pair.First, pair.Last));
    }

    [Fact]
    public async Task IngestFileAsync_PeriodCountTableWithBadRow_StoresNothing()
    {
        using var store = OpenStore();
        var path = Temp.Write("bad.csv", "\"i\",\"j\",\"year\",\"i_iso3c\",\"j_iso3c\",\"verbCoop\",\"matlCoop\",\"verbConf\",\"matlConf\"\n"
            + "\"United States\",\"Japan\",2002,\"USA\",\"JPN\",5,1,0,0\n\"Japan\",\"United States\",2002,\"JPN\",\"USA\",5,1,-3,0\n");

        var error = await Assert.ThrowsAsync<BadDataException>(() => Ingest(store, path));

        Assert.Equal((3L, "verbConf"), (error.Line, error.Field));
        Assert.Empty(((IPeriodCountStore)store).PeriodCounts(["USA", "JPN"]));
        Assert.Empty(store.Files());
    }

    [Fact]
    public async Task PairAnalysis_PeriodCountsOnly_ReadsOneStepPerYearAndSaysSo()
    {
        using var store = OpenStore();
        await Ingest(store, PeriodCountFileTests.SixCountries);

        var analysis = PairAnalysis.Run(PairSource.FromStore(store), new PairWindow("USA", "JPN"), new PairAnalysisOptions { Frequency = Frequency.Year });

        Assert.Equal(EvidenceDensity.PeriodAggregates, analysis.Settings.Density);
        Assert.Equal("period-aggregates", analysis.Settings.Name);
        var periods = analysis.Measurement!.Periods;
        Assert.Equal(Enumerable.Range(2002, 13).Select(y => new DateOnly(y, 1, 1)), periods.Select(p => p.Period));
        Assert.Equal((4334L + 31 + 146 + 60, 13), (periods[0].EventsAb, analysis.Measurement.Periods.Count));
        Assert.All(periods, p => Assert.Empty(p.Drivers));
        Assert.True(analysis.SawEvents);
    }
}
