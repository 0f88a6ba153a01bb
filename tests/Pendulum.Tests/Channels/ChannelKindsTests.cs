using Pendulum.Channels;

namespace Pendulum.Tests.Channels;

public sealed class ChannelKindsTests
{
    [Theory]
    [InlineData("leader-summit", ChannelKind.LeaderSummit)]
    [InlineData("Military_Exchange", ChannelKind.MilitaryExchange)]
    [InlineData(" people to people ", ChannelKind.PeopleToPeople)]
    [InlineData("defense-talks", ChannelKind.MilitaryExchange)]
    [InlineData("economic-dialogue", ChannelKind.StrategicDialogue)]
    [InlineData("leader-call", ChannelKind.Hotline)]
    [InlineData("summit", ChannelKind.LeaderSummit)] // the simulator's spellings
    [InlineData("dialogue", ChannelKind.StrategicDialogue)]
    [InlineData("military", ChannelKind.MilitaryExchange)]
    [InlineData("people_to_people", ChannelKind.PeopleToPeople)]
    public void TryParse_KnownNameOrAlias_GivesItsKind(string text, ChannelKind expected)
    {
        Assert.True(ChannelKinds.TryParse(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("other")]
    [InlineData("summits")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotARegistryKind_Fails(string? text) => Assert.False(ChannelKinds.TryParse(text, out _));

    [Fact]
    public void Name_EveryRegistryKind_ParsesBackToItself()
    {
        Assert.Equal(7, ChannelKinds.Registry.Count);
        foreach (var kind in ChannelKinds.Registry)
        {
            Assert.True(ChannelKinds.TryParse(kind.Name(), out var parsed));
            Assert.Equal(kind, parsed);
        }
    }
}
