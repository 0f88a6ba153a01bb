using Pendulum.Observe;
using Pendulum.Simulate;
using Pendulum.Simulate.Records;

namespace Pendulum.Tests.Simulate.Records;

public sealed class ObserverRecoveryTests
{
    private static Scenario Base() => ScenarioLoader.Load(TestScenarios.Shipped("us-china-base.yaml"));

    [Fact]
    public void Run_RecordDensity_ObserverDoesNoWorseThanThePriorAndFindsMostCrises()
    {
        // The figures of docs/simulator.md come from 20 histories with the act-record settings; bounds leave room
        // for the seed, not for an observer that reads a record worse than not reading it.
        var result = ObserverRecovery.Run(Base(), new RecoveryOptions { Runs = 6, Seed = 5 });

        Assert.True(result.Days > 6 * 3000, $"{result.Days} days");
        Assert.True(result.Brier <= result.BrierOfPrior + 0.01, $"Brier {result.Brier:0.000} against the prior's {result.BrierOfPrior:0.000}");
        Assert.True(result.Crises.Recall >= 0.5, $"recall {result.Crises.Recall:0.00}");
        Assert.InRange(result.ZoneAgreement, 0.2, 1);
    }

    [Fact]
    public void Run_SameSeed_SameScore()
    {
        var options = new RecoveryOptions { Runs = 2, Seed = 9, Density = RecordDensity.Media };

        Assert.Equal(ObserverRecovery.Run(Base(), options), ObserverRecovery.Run(Base(), options));
    }
}

public sealed class SimulatedHistoriesTests
{
    [Fact]
    public void Of_WithObserver_ZoneSharesAreTheObserversReadingOfTheRunAsARecord()
    {
        // Given a run with its act log, and the settings the shipped record is read with
        var scenario = ScenarioLoader.Load(TestScenarios.Shipped("us-china-base.yaml"));
        var observer = ObserverParametersFile.Load(Path.Combine(AppContext.BaseDirectory, "data", "us-china", "observer.yaml"));
        var model = new TrustModel(scenario) { Acts = [] };
        model.Run(4);

        var agents = Pendulum.Calibrate.SimulatedHistories.Of(model, 0);
        var read = Pendulum.Calibrate.SimulatedHistories.Of(model, 0, new Pendulum.Calibrate.HistoryReading(observer, new Pendulum.Calibrate.MilestoneRules()));

        // Then the shares are counted over the observer's daily zones of the written record, not over the agents' beliefs
        var accumulator = new PairAccumulator("USA", "CHN", 0);
        foreach (var e in SimulatedEvents.Record(scenario, model.Acts!, 0))
            accumulator.Add(e);
        var days = accumulator.Measure(Frequency.Day, observer with { DriversPerPeriod = 0 }, scenario.Start, scenario.DateOf(scenario.StepCount - 1)).Periods;
        Assert.Equal(days.Count(d => d.Zone == Pendulum.Belief.TrustZone.Distrust) / (double)scenario.StepCount, read.ShareDistrust, 12);
        Assert.NotEqual(agents.ShareDistrust, read.ShareDistrust);
        Assert.Equal(agents.Incidents, read.Incidents);
    }
}
