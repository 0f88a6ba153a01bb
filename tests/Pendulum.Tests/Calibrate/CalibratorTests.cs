using Pendulum.Calibrate;
using Pendulum.Internals;
using Pendulum.Observe;
using Pendulum.Simulate;
using Pendulum.Tests.Simulate;

namespace Pendulum.Tests.Calibrate;

public sealed class CalibratorTests(ITestOutputHelper output)
{
    private static readonly HistoryReading ActRecords = new(ObserverParameters.ActRecords, new MilestoneRules(), Crises: Pendulum.Observe.Pairs.ObserverSettings.ActRecords.Crises);

    private static Scenario Base() => ScenarioLoader.Load(TestScenarios.Shipped("us-china-base.yaml"));

    // One history simulated with known parameters, written as a hand-coded record and read as the real one is.
    private static ObservedRecord Truth(Scenario truth, int years, ulong seed)
    {
        var model = new TrustModel(truth with { Years = years }) { Acts = [] };
        model.Run(RandomStream.RunSeed(seed, 0));
        return SimulatedRecord.Of(model, 0, ActRecords);
    }

    [Fact]
    public void Fit_RecordSimulatedFromKnownRates38Years_RecoversIncidentAndChallengeRatesWithinTwiceTheRecordsSamplingError()
    {
        // Given a record of 38 years at record density simulated with incidents 0.6 and challenges 0.5 a year, and a
        // base that has them at 1 and 0.4
        var truth = FittedParameter.CoreRate.Set(FittedParameter.IncidentRate.Set(Base(), 0, 0.6), 0, 0.5);
        var record = Truth(truth, years: 38, seed: 2026);
        // at the shipped budget: with 24 histories and 30 candidates the search stopped at an incident rate of 0.334,
        // outside the tolerance, once the observer's hazards became four-year ones (the objective is flat there)
        var options = new CalibrationOptions
        {
            Runs = 50,
            MaxEvaluations = 60,
            ProfilePoints = 0,
            Threads = 2,
            Fit = [FittedParameter.IncidentRate, FittedParameter.CoreRate],
        };

        // When the rates are fitted to it by indirect inference
        var result = Calibrator.Fit(Base(), "USA-CHN", record, options);

        // Then each lands within two standard errors of a Poisson count over 38 years (docs/calibration.md, "Checks"):
        // the record itself cannot pin a rate down more closely than that.
        double Fitted(FittedParameter p) => result.Parameters.Single(f => f.Parameter == p).Value;
        foreach (var m in result.Moments)
            output.WriteLine($"{m.Moment.Name}: observed {m.Observed}, simulated {m.Simulated.Mean}, z {m.Z}");
        foreach (var p in result.Parameters)
            output.WriteLine($"{p.Parameter.Name}: {p.Value}");
        Assert.InRange(Fitted(FittedParameter.IncidentRate), 0.6 - 2 * Math.Sqrt(0.6 / 38), 0.6 + 2 * Math.Sqrt(0.6 / 38));
        Assert.InRange(Fitted(FittedParameter.CoreRate), 0.5 - 2 * Math.Sqrt(0.5 / 38), 0.5 + 2 * Math.Sqrt(0.5 / 38));
        Assert.All(result.Parameters, p => Assert.False(p.AtBound));
    }

    [Fact]
    public void Fit_OneAndThreeThreads_SameFitBitForBit()
    {
        var record = Truth(Base(), years: 12, seed: 7);
        var options = new CalibrationOptions
        {
            Runs = 6,
            MaxEvaluations = 8,
            ProfilePoints = 3,
            HistoryYears = 5,
            Fit = [FittedParameter.IncidentRate, FittedParameter.CoreRate],
        };

        var one = Calibrator.Fit(Base(), "USA-CHN", record, options with { Threads = 1 });
        var three = Calibrator.Fit(Base(), "USA-CHN", record, options with { Threads = 3 });

        Assert.Equal(one.Objective, three.Objective);
        Assert.Equal(one.Parameters.Select(p => p.Value), three.Parameters.Select(p => p.Value));
        Assert.Equal(one.Moments.Select(m => m.Simulated), three.Moments.Select(m => m.Simulated));
        Assert.Equal(one.Profiles.Select(p => (p.Value, p.Objective)), three.Profiles.Select(p => (p.Value, p.Objective)));
    }

    [Fact]
    public void Fit_SameSeedTwice_SameFit_OtherSeed_OtherSimulatedMoments()
    {
        var record = Truth(Base(), years: 12, seed: 7);
        var options = new CalibrationOptions { Runs = 3, MaxEvaluations = 4, ProfilePoints = 0, HistoryYears = 3, Fit = [FittedParameter.IncidentRate] };

        var a = Calibrator.Fit(Base(), "USA-CHN", record, options);
        var b = Calibrator.Fit(Base(), "USA-CHN", record, options);
        var c = Calibrator.Fit(Base(), "USA-CHN", record, options with { Seed = 2 });

        Assert.Equal(a.Moments.Select(m => m.Simulated), b.Moments.Select(m => m.Simulated));
        Assert.NotEqual(a.Moments.Select(m => m.Simulated), c.Moments.Select(m => m.Simulated));
    }

    [Fact]
    public void Fit_Profiles_HoldTheFitWithTheFitsObjectiveAndSpanAQuarterToFourTimesIt()
    {
        var record = Truth(Base(), years: 10, seed: 5);
        var options = new CalibrationOptions { Runs = 4, MaxEvaluations = 6, ProfilePoints = 5, HistoryYears = 4, Fit = [FittedParameter.IncidentRate, FittedParameter.CoreRate] };

        var result = Calibrator.Fit(Base(), "USA-CHN", record, options);

        foreach (var fit in result.Parameters.Where(p => p.Fitted))
        {
            var points = result.Profiles.Where(p => p.Parameter == fit.Parameter).OrderBy(p => p.Value).ToList();
            Assert.Equal(5, points.Count);
            Assert.Equal(result.Objective, points.Single(p => p.Value == fit.Value).Objective, 9);
            Assert.Equal(fit.Value / 4, points[0].Value, fit.Value * 1e-9);
            Assert.Equal(fit.Value * 4, points[^1].Value, fit.Value * 1e-9);
        }
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
    public void Fit_PairNotInTheScenario_IsAUsageError()
    {
        var record = ObservedRecord.Of(new PairHistory { Years = 10, Incidents = 3 }, new DateOnly(2000, 1, 1));

        Assert.Throws<UsageException>(() => Calibrator.Fit(Base(), "USA-RUS", record, new CalibrationOptions()));
    }

    [Fact]
    public void Fit_DefaultParameters_LeavesOutWhatTheRecordCannotIdentifyAndTheTypeHazards()
    {
        var record = Truth(Base() with { Pairs = [Base().Pairs[0] with { CoreInterest = new CoreInterestParameters { RatePerYear = 0 } }] }, years: 10, seed: 3);
        var options = new CalibrationOptions { Runs = 2, MaxEvaluations = 3, ProfilePoints = 0, HistoryYears = 2 };

        var result = Calibrator.Fit(Base(), "USA-CHN", record, options);

        // The type-switching hazards are facts with a source, not knobs: fitted only when asked for (--fit).
        Assert.Equal(["incident_rate", "core_rate"], result.Parameters.Where(p => p.Fitted).Select(p => p.Parameter.Name));
        Assert.Contains(result.Verdict, line => line.StartsWith("suspension_median was not fitted", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_RecordWhoseRateLiesBelowTheBound_FlagsTheParameterAtItsBound()
    {
        // A record with no incident in 200 years pulls the rate down to the search's lower bound.
        var record = Truth(FittedParameter.IncidentRate.Set(Base(), 0, 1e-9) with { Step = TimeStep.Month }, years: 200, seed: 4);
        var options = new CalibrationOptions { Runs = 4, MaxEvaluations = 40, ProfilePoints = 0, HistoryYears = 40, Fit = [FittedParameter.IncidentRate] };

        var result = Calibrator.Fit(Base() with { Step = TimeStep.Month }, "USA-CHN", record, options);

        var incident = result.Parameters.Single(p => p.Parameter == FittedParameter.IncidentRate);
        Assert.True(incident.AtBound, $"fitted {incident.Value}");
        Assert.Contains(result.Verdict, line => line.StartsWith("incident_rate = ", StringComparison.Ordinal) && line.Contains("at a bound", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_RecordWithCrisesCounted_ReportsCrisesPerDecadeWithItsRangeButLeavesItOutOfTheObjective()
    {
        var record = Truth(Base(), years: 12, seed: 8);
        var options = new CalibrationOptions { Runs = 6, MaxEvaluations = 4, ProfilePoints = 0, Fit = [FittedParameter.IncidentRate] };

        var result = Calibrator.Fit(Base(), "USA-CHN", record, options);

        var crises = result.Moments.Single(m => m.Moment == Moment.CrisesPerDecade);
        Assert.NotNull(crises.Observed);
        Assert.Null(crises.Z);
        Assert.NotNull(crises.Matched);
        Assert.Equal(6, crises.Simulated.Histories);
        Assert.Equal(result.Objective, result.Moments.Where(m => m.Moment.InObjective && m.Z is not null).Sum(m => m.Z!.Value * m.Z.Value), 9);
    }
}
