using Pendulum.Events;
using Pendulum.Observe.Channels;

namespace Pendulum.Tests.Observe.Channels;

public sealed class ActorRolesTests
{
    [Theory]
    [InlineData("USA", "", "GOV;MIL", ActorRole.Government | ActorRole.Military)]
    [InlineData("USA", "James Mattis", "Government;Marines;Executive;Defense / Security Ministry;Military", ActorRole.Government | ActorRole.Military)]
    [InlineData("CHN", "Xi Jinping", "Government;Executive Office;Military;Executive", ActorRole.Leader | ActorRole.Government | ActorRole.Military)]
    [InlineData("USA", "Labor NGO", "Labor NGOs;Nongovernmental Organizations / Activists", ActorRole.People)]
    [InlineData("USA", "", "International Government Organization;Global", ActorRole.Igo)]
    [InlineData("USA", "RHODE ISLAND", "EDU", ActorRole.People)]
    [InlineData("CHN", "China", "", ActorRole.Country)]
    [InlineData("USA", "UNITED STATES", "", ActorRole.Country)]
    [InlineData("USA", "CALIFORNIA", "", ActorRole.None)]
    [InlineData("USA", "PRESIDENT", "GOV", ActorRole.Leader | ActorRole.Government)]
    [InlineData("USA", "VICE PRESIDENT", "GOV", ActorRole.Government)]
    [InlineData("CHN", "Head of Government (China)", "Government;Executive", ActorRole.Leader | ActorRole.Government)]
    public void Of_TypesAndName_GiveRoles(string country, string name, string types, ActorRole expected) =>
        Assert.Equal(expected, ActorRoles.Default.Of(new EventActor(country, name, "", types)));

    [Fact]
    public void Of_LeaderNamedInOptions_IsLeader()
    {
        var roles = new ActorRoles(new ActorRoleOptions { LeaderNames = ["XI JINPING"] });

        Assert.Equal(ActorRole.Leader | ActorRole.Government, roles.Of(new EventActor("CHN", "Xi Jinping", "CHNGOV", "GOV")));
        Assert.Equal(ActorRole.Government, ActorRoles.Default.Of(new EventActor("CHN", "Xi Jinping", "CHNGOV", "GOV")));
    }
}
