using Pendulum.Belief;
using Pendulum.Events;
using Pendulum.Events.Readers;
using Pendulum.Observe;
using Pendulum.Store;

namespace Pendulum.Tests.Observe;

public sealed class PairAccumulatorTests
{
    private static readonly ObserverParameters Defaults = new();

    private static CodedEvent Event(string id, string date, string source, string target, string code, QuadClass quad,
        double goldstein, int mentions = 1) => new()
        {
            Dataset = "test",
            EventId = id,
            Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Source = new EventActor(source),
            Target = new EventActor(target),
            CameoCode = code,
            QuadClass = quad,
            Goldstein = goldstein,
            Mentions = mentions,
        };

    [Fact]
    public void Evidence_OneDay_FollowsTheModelFormula()
    {
        var tally = new DayTally();
        tally.Add(QuadClass.MaterialCooperation, 7.0, 3);
        tally.Add(QuadClass.MaterialCooperation, 4.0, 1);
        tally.Add(QuadClass.VerbalConflict, -2.0, 2);

        var expected = 0.4 * ((7.0 * 3 + 4.0) / 4 / 10) * (1 - Math.Exp(-2 / 5.0))
            + 0.1 * (-2.0 / 10) * (1 - Math.Exp(-1 / 5.0));
        Assert.Equal(expected, tally.Evidence(new EvidenceParameters()), 12);
    }

    [Fact]
    public void Measure_OneDay_MovesBeliefByPredictThenEvidence()
    {
        var acc = new PairAccumulator("USA", "CHN", 5);
        acc.Add(Event("1", "2001-04-01", "CHN", "USA", "190", QuadClass.MaterialConflict, -10, 4));

        var period = Assert.Single(acc.Measure(Frequency.Day, Defaults).Periods);

        var tally = new DayTally();
        tally.Add(QuadClass.MaterialConflict, -10, 4);
        Assert.Equal(BeliefFilter.Step(0.5, tally.Evidence(Defaults.Evidence), Defaults.Belief), period.MuBa, 12);
        Assert.Equal(BeliefFilter.Step(0.5, 0, Defaults.Belief), period.MuAb, 12);
        Assert.Equal(BeliefFilter.Position(period.MuAb, period.MuBa), period.Position, 12);
    }

    [Fact]
    public void Measure_DriversOfADay_AddUpToItsEvidence()
    {
        var acc = new PairAccumulator("USA", "CHN", 10);
        acc.Add(Event("1", "2001-04-01", "CHN", "USA", "190", QuadClass.MaterialConflict, -10, 4));
        acc.Add(Event("2", "2001-04-01", "CHN", "USA", "112", QuadClass.VerbalConflict, -2, 9));
        acc.Add(Event("3", "2001-04-01", "CHN", "USA", "042", QuadClass.VerbalCooperation, 1.9, 1));
        acc.Add(Event("4", "2001-04-01", "CHN", "USA", "111", QuadClass.VerbalConflict, -2, 3));

        var period = Assert.Single(acc.Measure(Frequency.Day, Defaults).Periods);

        var logitBefore = BeliefFilter.Logit(BeliefFilter.Predict(0.5, Defaults.Belief));
        Assert.Equal(BeliefFilter.Logit(period.MuBa) - logitBefore, period.Drivers.Sum(d => d.Contribution), 10);
        Assert.Equal("1", period.Drivers[0].Event.EventId);
        Assert.True(period.Drivers.Zip(period.Drivers.Skip(1)).All(p => Math.Abs(p.First.Contribution) >= Math.Abs(p.Second.Contribution)));
    }

    [Fact]
    public void Measure_EventsInAnyOrder_GiveTheSameResult()
    {
        var events = Fixtures.ReadAll(Fixtures.Icews).Events;
        var forward = new PairAccumulator("USA", "CHN", 5);
        var backward = new PairAccumulator("USA", "CHN", 5);
        foreach (var e in events)
            forward.Add(e, countVolume: true);
        foreach (var e in Enumerable.Reverse(events))
            backward.Add(e, countVolume: true);

        Assert.Equal(Flatten(forward.Measure(Frequency.Day, Defaults)), Flatten(backward.Measure(Frequency.Day, Defaults)));
    }

    [Fact]
    public void Measure_LongSilence_DriftsBackTowardThePrior()
    {
        var acc = new PairAccumulator("USA", "CHN", 0);
        for (var i = 0; i < 30; i++)
            acc.Add(Event($"c{i}", $"2010-01-{i + 1:00}", "USA", "CHN", "061", QuadClass.MaterialCooperation, 6.4, 5));

        var periods = acc.Measure(Frequency.Month, Defaults, to: new DateOnly(2015, 12, 31)).Periods;

        Assert.True(periods[0].MuAb > 0.75);
        Assert.InRange(periods[^1].MuAb, 0.5, 0.55);
        Assert.Equal(72, periods.Count);
    }

    [Fact]
    public void Measure_Weeks_StartOnMonday()
    {
        var acc = new PairAccumulator("USA", "CHN", 0);
        acc.Add(Event("1", "2018-06-02", "USA", "CHN", "042", QuadClass.VerbalCooperation, 1.9));

        var period = Assert.Single(acc.Measure(Frequency.Week, Defaults).Periods);

        Assert.Equal(new DateOnly(2018, 5, 28), period.Period);
        Assert.Equal(DayOfWeek.Monday, period.Period.DayOfWeek);
    }

    [Fact]
    public async Task FromFiles_SameEventsAsStore_GiveTheSameMeasurement()
    {
        using var temp = new TempFolder();
        using var store = SqliteEventStore.Open(temp.Path("p.db"));
        var ingester = new Pendulum.Ingest.EventIngester(store, TimeProvider.System);
        foreach (var file in new[] { Fixtures.Icews, Fixtures.Gdelt2First, Fixtures.Gdelt2Second })
            await ingester.IngestFileAsync(file, new Pendulum.Ingest.IngestOptions());

        var fromStore = PairObserver.FromStore(store, "USA", "CHN", Frequency.Day, Defaults);
        var fromFiles = PairObserver.FromFiles([Fixtures.Icews, Fixtures.Gdelt2First, Fixtures.Gdelt2Second], EventFormat.Auto,
            new EventReaderOptions(), "USA", "CHN", Frequency.Day, Defaults);

        Assert.Equal(Flatten(fromStore), Flatten(fromFiles));
        Assert.Equal(120, fromFiles.Periods.Sum(p => p.Events));
        Assert.All(fromFiles.Periods.Where(p => p.Events > 0), p => Assert.True(p.VolumeA >= p.EventsAb));
    }

    [Fact]
    public void Constructor_SameCountryTwice_IsAUsageError()
    {
        Assert.Throws<UsageException>(() => new PairAccumulator("USA", "USA", 5));
    }

    /// <summary>A measurement as text, every double to the last bit: equal text, equal measurement.</summary>
    internal static List<string> Flatten(PairMeasurement m) =>
        m.Periods.Select(p => string.Join('|', p.Period, p.EventsAb, p.EventsBa, string.Join(',', p.QuadCounts), p.GoldsteinSum.ToString("R"),
            p.GoldsteinMeanWeighted?.ToString("R"), p.VolumeA, p.VolumeB, p.MuAb.ToString("R"), p.MuBa.ToString("R"), p.Zone,
            string.Join(',', p.Drivers.Select(d => d.Event.EventId + ":" + d.Contribution.ToString("R")))))
            .ToList();
}

public sealed class PairAccumulatorTallyTests
{
    [Fact]
    public void AddTally_SumsPlusCandidates_MeasureLikeEveryEvent()
    {
        var events = Fixtures.ReadAll(Fixtures.Icews).Events.Where(Fixtures.IsUsaChina).ToList();
        var parameters = new ObserverParameters();
        var byEvent = new PairAccumulator("USA", "CHN", 5);
        foreach (var e in events)
            byEvent.Add(e);

        var byTally = new PairAccumulator("USA", "CHN", 5);
        foreach (var g in events.GroupBy(e => (e.Date, Ab: e.Source.Country == "USA", e.QuadClass)))
        {
            var sums = new QuadSums();
            foreach (var e in g)
            {
                var tally = new DayTally();
                tally.Add(e);
                sums.Add(tally.Of(e.QuadClass));
            }

            byTally.AddTally(g.Key.Date, g.Key.Ab, g.Key.QuadClass, sums);
        }

        foreach (var e in events)
            byTally.AddCandidate(e);

        var expected = byEvent.Measure(Frequency.Day, parameters).Periods;
        var actual = byTally.Measure(Frequency.Day, parameters).Periods;
        Assert.Equal(expected.Select(p => (p.MuAb, p.MuBa, p.Events, p.GoldsteinSum)), actual.Select(p => (p.MuAb, p.MuBa, p.Events, p.GoldsteinSum)));
        Assert.Equal(expected.SelectMany(p => p.Drivers).Select(d => (d.Event.EventId, d.Contribution)),
            actual.SelectMany(p => p.Drivers).Select(d => (d.Event.EventId, d.Contribution)));
    }
}
