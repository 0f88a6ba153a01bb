using Pendulum.Channels;
using Pendulum.Simulate;

namespace Pendulum.Tests.Simulate;

/// <summary>Scenario files use the channel kinds' one spelling and still read the simulator's former ones.</summary>
public sealed class ScenarioChannelNamesTests
{
    [Fact]
    public void Load_VariantInFormerSpelling_MergesWithTheBasesChannel()
    {
        using var folder = new TempFolder();
        folder.Write("base.yaml", TestScenarios.Yaml(pair: "channels:\n  military-exchange: {contacts_per_year: 9}"));
        var variant = folder.Write("variant.yaml", "extends: base.yaml\npairs:\n  USA-CHN:\n    channels:\n      military: {present: false}\n");

        var channel = Assert.Single(ScenarioLoader.Load(variant).Pairs[0].Channels).Value;

        Assert.Equal((ChannelKind.MilitaryExchange, 9.0, false), (channel.Kind, channel.ContactsPerYear, channel.Present));
    }

    [Fact]
    public void Parse_OverrideInFormerSpelling_ReachesTheChannel()
    {
        var yaml = TestScenarios.Yaml(pair: "channels:\n  people-to-people: {}");

        var scenario = ScenarioLoader.Parse(yaml, "test.yaml", [new ScenarioOverride("pairs.USA-CHN.channels.people_to_people.contacts_per_year", "5")]);

        Assert.Equal(5, Assert.Single(scenario.Pairs[0].Channels).Value.ContactsPerYear);
    }

    [Fact]
    public void Parse_KindNamedBothWays_FailsAtTheSecondLine()
    {
        var yaml = TestScenarios.Yaml(pair: "channels:\n  summit: {}\n  leader-summit: {}");

        var e = Assert.Throws<BadDataException>(() => TestScenarios.Parse(yaml));

        Assert.Equal("pairs.USA-CHN.channels.leader-summit", e.Field);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.Contains("leader-summit")) + 1, e.Line);
    }

    [Theory]
    [InlineData("channels:\n  multilateral: {}", "multilateral")]
    [InlineData("channels: {}\ncore_interest: {suspends: [multilateral]}", "suspends")]
    public void Parse_KindTheModelLacks_IsRefused(string pair, string field)
    {
        var e = Assert.Throws<BadDataException>(() => TestScenarios.Parse(TestScenarios.Yaml(pair: pair)));

        Assert.Contains(field, e.Field);
        Assert.Contains("not a channel kind the simulator models", e.Message);
    }
}
