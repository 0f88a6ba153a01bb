using System.Text.Json;

namespace Pendulum.Web.Tests.Api;

public sealed class FeaturesApiTests(SharedStore shared)
{
    [Fact]
    public async Task Features_ShippedScenarios_OffersEveryGroup()
    {
        using var factory = new ApiFactory(shared.Store.Path);

        using var features = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/api/features", UriKind.Relative)));

        Assert.Equal(["crises", "channels", "scenarios", "simulations"], features.RootElement.EnumerateObject().Select(f => f.Name));
        Assert.All(features.RootElement.EnumerateObject(), f => Assert.True(f.Value.GetBoolean(), f.Name));
    }

    [Fact]
    public async Task Features_EmptyScenariosFolder_OffersNoScenariosAndListsNone()
    {
        var empty = Directory.CreateTempSubdirectory("pendulum-web-scenarios-");
        try
        {
            using var factory = new ApiFactory(shared.Store.Path, settings: new() { [PendulumWeb.ScenariosKey] = empty.FullName });
            var client = factory.CreateClient();

            using var features = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/features", UriKind.Relative)));
            using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/scenarios", UriKind.Relative)));

            Assert.False(features.RootElement.GetProperty("scenarios").GetBoolean());
            Assert.True(features.RootElement.GetProperty("simulations").GetBoolean());
            Assert.Equal(0, list.RootElement.GetArrayLength());
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
