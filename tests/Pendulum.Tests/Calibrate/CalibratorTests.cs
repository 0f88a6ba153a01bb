using Pendulum.Calibrate;
using Pendulum.Internals;
using Pendulum.Simulate;
using Pendulum.Tests.Simulate;

namespace Pendulum.Tests.Calibrate;

public sealed class CalibratorTests
{
    private static Scenario Base() => ScenarioLoader.Load(TestScenarios.Shipped("us-china-base.yaml"));

    // One long history simulated with known parameters, read as if it were the record.
    private static ObservedRecord Truth(Scenario truth, int years, ulong seed)
    {
        var model = new TrustModel(truth with { Years = years });
        model.Run(RandomStream.RunSeed(seed, 0));
        return ObservedRecord.Of(SimulatedHistories.Of(model, 0), truth.Start);
    }

    [Fact]
    public void Fit_SyntheticRecordWithKnownRates_RecoversThem()
    {
        // Given a record of 400 years simulated with known rates and hazard (monthly steps and no deliberate escalation,
        // so that no war cuts the history short), and a base whose hazard is three times too high
        var model = Base() with { Step = TimeStep.Month };
        model = model with { Crisis = model.Crisis with { EscalationRatePerYear = 0 } };
        var truth = FittedParameter.SwitchToGreedy.Set(FittedParameter.CoreRate.Set(FittedParameter.IncidentRate.Set(model, 0, 0.5), 0, 0.6), 0, 0.25);
        var record = Truth(truth, years: 400, seed: 99);
        var start = FittedParameter.SwitchToGreedy.Set(truth, 0, 0.75);
        var options = new CalibrationOptions
        {
            Runs = 16,
            ReferenceRuns = 32,
            HistoryYears = 40,
            Threads = 2,
            Fit = [FittedParameter.IncidentRate, FittedParameter.CoreRate, FittedParameter.SwitchToGreedy],
        };

        // When the fit searches from there
        var result = Calibrator.Fit(start, "USA-CHN", record, options);

        // Then every rate lands near its true value, and the hazard leaves the wrong start for the true one
        double Fitted(FittedParameter p) => result.Parameters.Single(f => f.Parameter == p).Value;
        Assert.InRange(Fitted(FittedParameter.IncidentRate), 0.5 / 1.5, 0.5 * 1.5);
        Assert.InRange(Fitted(FittedParameter.CoreRate), 0.6 / 1.5, 0.6 * 1.5);
        Assert.InRange(Fitted(FittedParameter.SwitchToGreedy), 0.25 / 1.8, 0.25 * 1.8);
        Assert.Equal(3 * 3 * 3 * 2, result.Candidates);
        Assert.All(result.Moments, m => Assert.InRange(m.Z!.Value, -2, 2));
    }

    [Fact]
    public void Fit_OneAndThreeThreads_SameFitBitForBit()
    {
        var record = Truth(Base(), years: 20, seed: 7);
        var options = new CalibrationOptions
        {
            Runs = 3,
            ReferenceRuns = 9,
            HistoryYears = 5,
            Fit = [FittedParameter.CoreRate, FittedParameter.SuspensionMedian],
        };

        var one = Calibrator.Fit(Base(), "USA-CHN", record, options with { Threads = 1 });
        var three = Calibrator.Fit(Base(), "USA-CHN", record, options with { Threads = 3 });

        Assert.Equal(one.Objective, three.Objective);
        Assert.Equal(one.Parameters.Select(p => (p.Coarse, p.Value)), three.Parameters.Select(p => (p.Coarse, p.Value)));
        Assert.Equal(one.Moments.Select(m => m.Simulated), three.Moments.Select(m => m.Simulated));
    }

    [Fact]
    public void Fit_SameSeedTwice_SameFit_OtherSeed_OtherSimulatedMoments()
    {
        var record = Truth(Base(), years: 20, seed: 7);
        var options = new CalibrationOptions { Runs = 2, ReferenceRuns = 4, HistoryYears = 3, Fit = [FittedParameter.IncidentRate] };

        var a = Calibrator.Fit(Base(), "USA-CHN", record, options);
        var b = Calibrator.Fit(Base(), "USA-CHN", record, options);
        var c = Calibrator.Fit(Base(), "USA-CHN", record, options with { Seed = 2 });

        Assert.Equal(a.Moments.Select(m => m.Simulated), b.Moments.Select(m => m.Simulated));
        Assert.NotEqual(a.Moments.Select(m => m.Simulated), c.Moments.Select(m => m.Simulated));
    }

    [Fact]
    public void Fit_ParameterTheRecordCannotIdentify_IsAUsageError()
    {
        var noSuspensions = ObservedRecord.Of(new PairHistory { Years = 10, Incidents = 3 }, new DateOnly(2000, 1, 1));

        var error = Assert.Throws<UsageException>(() => Calibrator.Fit(Base(), "USA-CHN", noSuspensions,
            new CalibrationOptions { Fit = [FittedParameter.SuspensionSigma] }));

        Assert.Equal("--fit", error.Field);
    }

    [Fact]
    public void Fit_GridReachingImpossibleHazards_IsAUsageErrorBeforeAnyGridRun()
    {
        var monthly = Base() with { Step = TimeStep.Month, SwitchToGreedyPerYear = 4, SwitchToTrustworthyPerYear = 4 };
        var record = ObservedRecord.Of(new PairHistory { Years = 10 }, new DateOnly(2000, 1, 1));

        var error = Assert.Throws<UsageException>(() => Calibrator.Fit(monthly, "USA-CHN", record, new CalibrationOptions
        {
            Runs = 2, ReferenceRuns = 2, HistoryYears = 1, Levels = 5, Fit = [FittedParameter.SwitchToGreedy, FittedParameter.SwitchToTrustworthy],
        }));

        Assert.Equal("--levels", error.Field);
    }

    [Fact]
    public void Fit_PairNotInTheScenario_IsAUsageError()
    {
        var record = ObservedRecord.Of(new PairHistory { Years = 10, Incidents = 3 }, new DateOnly(2000, 1, 1));

        Assert.Throws<UsageException>(() => Calibrator.Fit(Base(), "USA-RUS", record, new CalibrationOptions()));
    }

    [Fact]
    public void Fit_DefaultParameters_LeavesOutWhatTheRecordCannotIdentifyAndTheTypeHazards()
    {
        var record = Truth(Base() with { Pairs = [Base().Pairs[0] with { CoreInterest = new CoreInterestParameters { RatePerYear = 0 } }] }, years: 10, seed: 3);
        var options = new CalibrationOptions { Runs = 2, ReferenceRuns = 2, HistoryYears = 2, Levels = 1 };

        var result = Calibrator.Fit(Base(), "USA-CHN", record, options);

        // The type-switching hazards are facts with a source, not knobs: fitted only when asked for (--fit).
        Assert.Equal(["incident_rate", "core_rate"], result.Parameters.Where(p => p.Fitted).Select(p => p.Parameter.Name));
        Assert.Contains(result.Verdict, line => line.StartsWith("suspension_median was not fitted", StringComparison.Ordinal));
    }
}
