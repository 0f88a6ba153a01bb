using Pendulum.Web.Api.Simulations;

namespace Pendulum.Web.Tests.Api.Simulations;

public sealed class ShippedScenariosTests
{
    [Fact]
    public void Scenarios_ShippedFolder_BaseScenariosComeFirstAndOnlyTheirFilesAreShipped()
    {
        var shipped = new ShippedScenarios(ShippedScenarios.DefaultFolder);

        var names = shipped.Scenarios().Select(s => s.Name).ToList();

        Assert.Equal("us-china-base", names[0]);
        Assert.True(shipped.Ships("us-china-base.yaml"));
        Assert.False(shipped.Ships("../us-china-base.yaml"));
    }
}
