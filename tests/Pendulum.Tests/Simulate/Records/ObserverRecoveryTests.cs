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
        // The figures of docs/simulator.md come from 10 histories with the shipped record settings; bounds leave room
        // for the seed, not for an observer that reads a record worse than not reading it.
        var observer = ObserverParametersFile.Load(Path.Combine(AppContext.BaseDirectory, "data", "us-china", "observer.yaml"));

        var result = ObserverRecovery.Run(Base(), new RecoveryOptions { Runs = 6, Seed = 5, Observer = observer });

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
