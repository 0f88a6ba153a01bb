using Pendulum.Calibrate;
using Pendulum.Simulate;
using Pendulum.Tests.Simulate;

namespace Pendulum.Tests.Calibrate;

public sealed class FittedScenarioFileTests
{
    [Fact]
    public void Write_Fit_LoadsBackWithTheFittedValuesAndTheBaseForTheRest()
    {
        using var temp = new TempFolder();
        var basePath = temp.Write("base.yaml", File.ReadAllText(TestScenarios.Shipped("us-china-base.yaml")));
        var scenario = ScenarioLoader.Load(basePath);
        var record = ObservedRecord.Of(new PairHistory { Years = 30, Incidents = 9, CoreChallenges = 6 }, new DateOnly(1980, 1, 1));
        var result = Calibrator.Fit(scenario, "USA-CHN", record, new CalibrationOptions
        {
            Runs = 2,
            MaxEvaluations = 4,
            ProfilePoints = 0,
            HistoryYears = 2,
            Fit = [FittedParameter.IncidentRate, FittedParameter.SwitchToTrustworthy],
        });

        var text = FittedScenarioFile.Write(result, "base.yaml", "fitted", ["made by a test"]);
        var fitted = ScenarioLoader.Load(temp.Write("fitted.yaml", text));

        Assert.StartsWith("# made by a test\n", text, StringComparison.Ordinal);
        Assert.Contains("\nextends: base.yaml\nname: fitted\n", text, StringComparison.Ordinal);
        Assert.Equal("fitted", fitted.Name);
        foreach (var p in result.Parameters)
            Assert.Equal(double.Parse(FittedScenarioFile.Number(p.Value), System.Globalization.CultureInfo.InvariantCulture), p.Parameter.Get(fitted, 0));
        Assert.Equal(scenario.Years, fitted.Years);
        Assert.Equal(scenario.Pairs[0].CoreInterest.RatePerYear, fitted.Pairs[0].CoreInterest.RatePerYear);
        Assert.DoesNotContain("core_interest", text.Split("\nname: fitted\n")[1], StringComparison.Ordinal);
    }
}
