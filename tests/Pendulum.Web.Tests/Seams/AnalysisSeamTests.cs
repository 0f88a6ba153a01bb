using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pendulum.Web.Seams;

namespace Pendulum.Web.Tests.Seams;

public sealed class AnalysisSeamTests(SharedStore shared)
{
    [Fact]
    public async Task Features_NothingRegistered_OffersNoneAndMapsNoRoute()
    {
        using var factory = new ApiFactory(shared.Store.Path, s =>
        {
            s.RemoveAll<ICrisisSource>();
            s.RemoveAll<IChannelSource>();
            s.RemoveAll<IScenarioCatalog>();
            s.RemoveAll<ISimulationRunner>();
        });
        var client = factory.CreateClient();

        using var features = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/features", UriKind.Relative)));
        var crises = await client.GetAsync(new Uri("/api/pairs/USA-CHN/crises", UriKind.Relative));
        var scenarios = await client.GetAsync(new Uri("/api/scenarios", UriKind.Relative));

        Assert.All(features.RootElement.EnumerateObject(), f => Assert.False(f.Value.GetBoolean(), f.Name));
        Assert.Equal(HttpStatusCode.NotFound, crises.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, scenarios.StatusCode);
    }

    [Fact]
    public async Task Crises_SourceRegistered_AnswersForTheCheckedPairAndRange()
    {
        using var factory = new ApiFactory(shared.Store.Path, s =>
        {
            s.RemoveAll<ICrisisSource>();
            s.RemoveAll<IChannelSource>();
            s.AddSingleton<ICrisisSource, StubCrisisSource>();
        });
        var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/pairs/usa-chn/crises?from=2018-01-01", UriKind.Relative)));
        var unknown = await client.GetAsync(new Uri("/api/pairs/USA-XXX/crises", UriKind.Relative));
        var badDate = await client.GetAsync(new Uri("/api/pairs/USA-CHN/crises?from=2018", UriKind.Relative));
        using var features = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/features", UriKind.Relative)));

        Assert.Equal("USA-CHN", json.RootElement.GetProperty("pair").GetString());
        Assert.Equal("2018-01-01", json.RootElement.GetProperty("from").GetString());
        Assert.Equal(TestStore.PairEvents("USA", "CHN").Count(e => e.Date >= new DateOnly(2018, 1, 1)), json.RootElement.GetProperty("events").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.True(features.RootElement.GetProperty("crises").GetBoolean());
        Assert.False(features.RootElement.GetProperty("channels").GetBoolean());
    }

    [Fact]
    public async Task Scenarios_CatalogRegistered_ListsThemAndServesTheirYaml()
    {
        using var factory = new ApiFactory(shared.Store.Path, s =>
        {
            s.RemoveAll<IScenarioCatalog>();
            s.AddSingleton<IScenarioCatalog, StubScenarioCatalog>();
        });
        var client = factory.CreateClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/scenarios", UriKind.Relative)));
        var yaml = await client.GetStringAsync(new Uri("/api/scenarios/hotline", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/api/scenarios/nothing", UriKind.Relative));

        Assert.Equal("hotline", list.RootElement[0].GetProperty("name").GetString());
        Assert.StartsWith("name: hotline", yaml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
