using Pendulum.Channels;
using Pendulum.Simulate;

namespace Pendulum.Tests.Simulate;

public sealed class ScenarioLoaderTests
{
    [Theory]
    [InlineData("us-china-base.yaml")]
    [InlineData("us-china-no-hotline.yaml")]
    [InlineData("us-china-military-never-suspended.yaml")]
    [InlineData("us-china-yearly-summits.yaml")]
    public void Load_ShippedScenario_LoadsAndRuns(string file)
    {
        var scenario = ScenarioLoader.Load(TestScenarios.Shipped(file));

        var result = SimulationRunner.Run(scenario, new SimulationOptions { Runs = 3, Seed = 7 });

        Assert.Equal(3, result.RunsCompleted);
        Assert.Equal(3653, scenario.StepCount);
        Assert.Equal("USA-CHN", Assert.Single(scenario.Pairs).Key);
    }

    [Fact]
    public void Load_Variants_OverrideOnlyTheirOwnKeys()
    {
        var baseline = ScenarioLoader.Load(TestScenarios.Shipped("us-china-base.yaml"));
        var noHotline = ScenarioLoader.Load(TestScenarios.Shipped("us-china-no-hotline.yaml"));
        var military = ScenarioLoader.Load(TestScenarios.Shipped("us-china-military-never-suspended.yaml"));
        var summits = ScenarioLoader.Load(TestScenarios.Shipped("us-china-yearly-summits.yaml"));

        Assert.True(baseline.Pairs[0].Channels[ChannelKind.Hotline].Present);
        Assert.False(noHotline.Pairs[0].Channels[ChannelKind.Hotline].Present);
        Assert.Equal(baseline.Pairs[0].Channels[ChannelKind.StrategicDialogue], noHotline.Pairs[0].Channels[ChannelKind.StrategicDialogue]);
        Assert.Equal([ChannelKind.MilitaryExchange], baseline.Pairs[0].CoreInterest.Suspends);
        Assert.Empty(military.Pairs[0].CoreInterest.Suspends);
        Assert.Equal(baseline.Pairs[0].CoreInterest.RatePerYear, military.Pairs[0].CoreInterest.RatePerYear);
        var summit = Assert.Single(summits.Interventions);
        Assert.Equal((InterventionKind.Summit, 365), (summit.Kind, summit.EveryDays!.Value));
    }

    [Fact]
    public void Parse_MechanismsBlock_SwitchesOnlyTheNamedOnesOff()
    {
        var yaml = TestScenarios.Yaml(extra: "mechanisms: {hotline_crisis_reveal: false, costly_signals: false}");

        var mechanisms = TestScenarios.Parse(yaml).Mechanisms;

        Assert.Equal(new MechanismSwitches { HotlineCrisisReveal = false, CostlySignals = false }, mechanisms);
        Assert.Equal(MechanismSwitches.All.Count - 2, MechanismAudit.Mechanisms(TestScenarios.Parse(yaml)).Count);
    }

    [Theory]
    [InlineData("", "mechanisms: {hotline_reveal: false}", "hotline_reveal", "mechanisms.hotline_reveal", "unknown field")]
    [InlineData("", "behaviour: {defect_if_greedy: 0.8}", "defect_if_greedy", "behaviour.defect_if_greedy", "no longer a parameter")]
    [InlineData("channels: {}\ncore_interest: {evidence: -0.5}", "", "evidence", "pairs.USA-CHN.core_interest.evidence", "no longer a parameter")]
    public void Parse_UnknownOrRemovedKey_NamesLineAndField(string pair, string extra, string text, string field, string reason)
    {
        var yaml = TestScenarios.Yaml(pair: pair.Length == 0 ? "channels: {}" : pair, extra: extra);

        var e = Assert.Throws<BadDataException>(() => TestScenarios.Parse(yaml));

        Assert.Equal((LineOf(yaml, text), field), (e.Line, e.Field));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.DataError, e.ExitCode);
    }

    [Fact]
    public void Parse_ValueOutOfRange_ReportsFileLineAndFieldPath()
    {
        var yaml = TestScenarios.Yaml(pair: "channels:\n  hotline: {error: 0.7}");

        var e = Assert.Throws<BadDataException>(() => TestScenarios.Parse(yaml));

        Assert.Equal("test.yaml", e.File);
        Assert.Equal(LineOf(yaml, "error: 0.7"), e.Line);
        Assert.Equal("pairs.USA-CHN.channels.hotline.error", e.Field);
        Assert.StartsWith("test.yaml:" + e.Line + ": pairs.USA-CHN.channels.hotline.error: 0.7 is out of range", e.Message);
        Assert.Equal(ExitCodes.DataError, e.ExitCode);
    }

    [Fact]
    public void Parse_MisspeltKey_FailsAtTheKeysLine()
    {
        var yaml = TestScenarios.Yaml(extra: "crisis:\n  hotline_revael: 0.9");

        var e = Assert.Throws<BadDataException>(() => TestScenarios.Parse(yaml));

        Assert.Equal(LineOf(yaml, "hotline_revael"), e.Line);
        Assert.Equal("crisis.hotline_revael", e.Field);
        Assert.Contains("unknown field", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownCountryCode_FailsOnIt()
    {
        var yaml = TestScenarios.Yaml().Replace("CHN: {", "XXX: {", StringComparison.Ordinal);

        var e = Assert.Throws<BadDataException>(() => TestScenarios.Parse(yaml));

        Assert.Equal("states.XXX", e.Field);
        Assert.Equal(LineOf(yaml, "XXX:"), e.Line);
    }

    [Fact]
    public void Parse_InterventionAfterTheHorizon_FailsOnItsDate()
    {
        var yaml = TestScenarios.Yaml(extra: "interventions:\n  - {kind: incident, pair: USA-CHN, on: 2030-01-01}");

        var e = Assert.Throws<BadDataException>(() => TestScenarios.Parse(yaml));

        Assert.Equal("interventions.0.on", e.Field);
        Assert.Equal(LineOf(yaml, "2030-01-01"), e.Line);
    }

    [Fact]
    public void Parse_BrokenYaml_ReportsTheLine()
    {
        var yaml = "name: x\nstates:\n  USA: {trustworthy_prior: 0.5\n  CHN: {}\n";

        var e = Assert.Throws<BadDataException>(() => TestScenarios.Parse(yaml));

        Assert.Equal("test.yaml", e.File);
        Assert.NotNull(e.Line);
        Assert.Contains("not valid YAML", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverrideOfUnknownKey_NamesTheOverride()
    {
        var overrides = new[] { new ScenarioOverride("incidents.rate_per_yaer", "2", "--vary") };

        var e = Assert.Throws<BadDataException>(() => ScenarioLoader.Parse(TestScenarios.Yaml(), "test.yaml", overrides));

        Assert.Equal("--vary", e.File);
        Assert.Null(e.Line);
        Assert.Equal("incidents.rate_per_yaer", e.Field);
    }

    [Fact]
    public void Parse_Override_ReplacesTheValue()
    {
        var overrides = new[] { new ScenarioOverride("pairs.USA-CHN.incidents.rate_per_year", "2.5") };

        var scenario = ScenarioLoader.Parse(TestScenarios.Yaml(), "test.yaml", overrides);

        Assert.Equal(2.5, scenario.Pairs[0].Incidents.RatePerYear);
    }

    [Fact]
    public void Load_ExtendsLoop_FailsOnTheExtendsLine()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", "extends: b.yaml\n");
        var b = folder.Write("b.yaml", "# b\nextends: a.yaml\n");

        var e = Assert.Throws<BadDataException>(() => ScenarioLoader.Load(b));

        Assert.Equal("extends", e.Field);
        Assert.Contains("loop", e.Reason, StringComparison.Ordinal);
    }

    private static long LineOf(string text, string needle) =>
        text.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(needle, StringComparison.Ordinal)).i + 1;
}
