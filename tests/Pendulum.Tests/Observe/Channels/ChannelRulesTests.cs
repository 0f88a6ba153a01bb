using System.Runtime.CompilerServices;
using Pendulum.Channels;
using Pendulum.Observe.Channels;
using static Pendulum.Tests.Observe.PairEvents;

namespace Pendulum.Tests.Observe.Channels;

public sealed class ChannelRulesTests
{
    [Theory]
    [InlineData("041", "MIL", "MIL", ChannelKind.Hotline)]
    [InlineData("041", "Executive Office", "Executive Office", ChannelKind.Hotline)]
    [InlineData("042", "Executive Office", "Executive Office", ChannelKind.LeaderSummit)]
    [InlineData("042", "MIL", "Military;Government", ChannelKind.MilitaryExchange)]
    [InlineData("0622", "", "", ChannelKind.MilitaryExchange)]
    [InlineData("057", "GOV", "MIL", ChannelKind.MilitaryExchange)]
    [InlineData("064", "GOV", "MIL", ChannelKind.Transparency)]
    [InlineData("046", "GOV", "Government", ChannelKind.StrategicDialogue)]
    [InlineData("0311", "GOV", "GOV", ChannelKind.StrategicDialogue)]
    [InlineData("043", "Foreign Ministry", "GOV", ChannelKind.StrategicDialogue)]
    [InlineData("044", "GOV", "GOV", ChannelKind.Multilateral)]
    [InlineData("051", "IGO", "GOV", ChannelKind.Multilateral)]
    [InlineData("042", "EDU", "CVL", ChannelKind.PeopleToPeople)]
    public void ActivityRule_CodeAndActorTypes_PointToKind(string cameo, string sourceTypes, string targetTypes, ChannelKind expected)
    {
        var rule = ChannelRules.Default.ActivityRule(Make(Day(0), cameo, sourceTypes, targetTypes));

        Assert.NotNull(rule);
        Assert.Equal(expected, rule.Kind);
    }

    [Theory]
    [InlineData("042", "", "")] // two bare actors nobody typed: no government on either side
    [InlineData("042", "EDU", "GOV")] // an official and a school: neither dialogue nor people-to-people
    [InlineData("190", "MIL", "MIL")] // fighting is not an exchange
    [InlineData("160", "MIL", "MIL")] // reducing relations is never activity
    public void ActivityRule_NoChannelEvent_IsNull(string cameo, string sourceTypes, string targetTypes) =>
        Assert.Null(ChannelRules.Default.ActivityRule(Make(Day(0), cameo, sourceTypes, targetTypes)));

    [Theory]
    [InlineData("160", "GOV", "MIL", new[] { ChannelKind.MilitaryExchange })]
    [InlineData("1622", "", "", new[] { ChannelKind.MilitaryExchange })]
    [InlineData("161", "Executive Office", "GOV", new[] { ChannelKind.LeaderSummit, ChannelKind.StrategicDialogue })]
    [InlineData("164", "GOV", "GOV", new[] { ChannelKind.StrategicDialogue })]
    [InlineData("1662", "", "", new[] { ChannelKind.Transparency })]
    [InlineData("166", "GOV", "MED", new ChannelKind[0])]
    [InlineData("166", "", "MED", new[] { ChannelKind.PeopleToPeople })]
    [InlineData("163", "GOV", "GOV", new ChannelKind[0])] // sanctions alone name no channel
    [InlineData("042", "MIL", "MIL", new ChannelKind[0])]
    public void SuspendedKinds_ReduceRelationsEvent_NamesChannels(string cameo, string sourceTypes, string targetTypes, ChannelKind[] expected) =>
        Assert.Equal(expected, ChannelRules.Default.SuspendedKinds(Make(Day(0), cameo, sourceTypes, targetTypes)).ToArray());

    [Fact]
    public void DefaultTable_EveryRule_HasUniqueIdRationaleAndConsistentCodes()
    {
        var table = ChannelRules.DefaultTable;

        Assert.Equal(table.Count, table.Select(r => r.Id).Distinct().Count());
        Assert.All(table, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Rationale));
            Assert.NotEmpty(r.Codes);
            Assert.All(r.Codes, c => Assert.Equal(r.Effect == ChannelEffect.Suspension, c.StartsWith("16", StringComparison.Ordinal)));
        });
        Assert.Equal(ChannelKinds.Registry.ToHashSet(), table.Where(r => r.Effect == ChannelEffect.Activity).Select(r => r.Kind).ToHashSet());
    }

    [Fact]
    public void DefaultTable_EveryRule_IsListedInTheDocs()
    {
        var docs = File.ReadAllText(Docs("channels.md"));

        Assert.All(ChannelRules.DefaultTable, r => Assert.Contains($"| `{r.Id}` | {r.Kind.Name()} | {(r.Effect == ChannelEffect.Activity ? "activity" : "suspension")} |", docs, StringComparison.Ordinal));
    }

    private static string Docs(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "..", "docs", name);
}
