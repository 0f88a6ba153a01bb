using Pendulum.Store;
using Pendulum.Web.Analysis;
using Pendulum.Web.Api;
using Pendulum.Web.Store;

namespace Pendulum.Web.Seams;

/// <summary>
/// Where the analyses that live outside this project plug in. An endpoint group is mapped only when its
/// implementation is registered, so the API never offers what it cannot do, and <c>GET /api/features</c> tells the
/// dashboard which panels to show.
/// </summary>
public static class Analyses
{
    /// <summary>
    /// Registers the analyses over the library: crises and channels over the store (with the declared channels of
    /// <see cref="PendulumWeb.DeclaredKey"/>), the shipped scenarios (<see cref="PendulumWeb.ScenariosKey"/>, default
    /// <c>scenarios/</c> beside the program) and the simulator. A test removes a registration to see the API without it.
    /// </summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton(provider => DeclaredChannelFiles.Load(provider.GetRequiredService<IConfiguration>()[PendulumWeb.DeclaredKey]));
        services.AddSingleton(provider => new ShippedScenarios(
            provider.GetRequiredService<IConfiguration>()[PendulumWeb.ScenariosKey] is { Length: > 0 } folder ? folder : ShippedScenarios.DefaultFolder));
        services.AddSingleton<ICrisisSource, StoreCrisisSource>();
        services.AddSingleton<IChannelSource, StoreChannelSource>();
        services.AddSingleton<IScenarioCatalog>(provider => provider.GetRequiredService<ShippedScenarios>());
        services.AddSingleton<ISimulationRunner, ScenarioRunner>();
    }

    /// <summary>Which optional endpoint groups this server offers.</summary>
    public static FeaturesJson Features(IServiceProvider services) => new(
        services.GetService<ICrisisSource>() is not null,
        services.GetService<IChannelSource>() is not null,
        services.GetService<IScenarioCatalog>() is not null,
        services.GetService<ISimulationRunner>() is not null);

    /// <summary>Maps the endpoint groups whose implementations are registered.</summary>
    public static void MapAnalyses(this IEndpointRouteBuilder api)
    {
        var features = Features(api.ServiceProvider);
        api.MapGet("/features", () => features)
            .WithSummary("Which optional endpoint groups (crises, channels, scenarios, simulations) this server offers.");
        if (features.Crises)
            MapPairAnalysis(api, "crises", api.ServiceProvider.GetRequiredService<ICrisisSource>().Crises);
        if (features.Channels)
            MapPairAnalysis(api, "channels", api.ServiceProvider.GetRequiredService<IChannelSource>().Channels);
        if (features.Scenarios)
            api.MapScenarios();
        if (features.Simulations)
            api.MapSimulations();
    }

    // The result is computed once per state of the store and shared by the requests waiting for it, so the analysis
    // runs without any one request's cancellation.
    private static void MapPairAnalysis(IEndpointRouteBuilder api, string name, Func<IEventStore, PairRange, CancellationToken, byte[]> analyse) =>
        api.MapGet($"/pairs/{{pair}}/{name}", async (string pair, string? from, string? to, StoreReader reader, HttpContext http) =>
            {
                var route = PairRoute.Parse(pair);
                var (f, t) = QueryValues.Range(from, to);
                var range = new PairRange(route.CountryA, route.CountryB, f, t);
                var json = await reader.Cached((name, range), store => analyse(store, range, CancellationToken.None), body => body.Length / 1024, http.RequestAborted);
                return TypedResults.Bytes(json, "application/json");
            })
            .WithSummary($"A pair's {name}, as pendulum {name} --format json.")
            .Produces<object>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

/// <summary>The optional endpoint groups this server offers.</summary>
public sealed record FeaturesJson(bool Crises, bool Channels, bool Scenarios, bool Simulations);
