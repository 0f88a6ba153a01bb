using Pendulum.Store;
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
    /// Registers the implementations that exist. Add one line per implementation as it lands, e.g.
    /// <c>services.AddSingleton&lt;ICrisisSource, StoreCrisisSource&gt;()</c>,
    /// <c>services.AddSingleton&lt;IChannelSource, StoreChannelSource&gt;()</c>,
    /// <c>services.AddSingleton&lt;IScenarioCatalog, ShippedScenarios&gt;()</c>,
    /// <c>services.AddSingleton&lt;ISimulationRunner, ScenarioRunner&gt;()</c>.
    /// </summary>
    public static void Register(IServiceCollection services)
    {
        // None yet: the crisis detector, the channel tracker and the simulator are on their way to this branch.
        _ = services;
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
    private static void MapPairAnalysis(IEndpointRouteBuilder api, string name, Func<IEventStore, PairRange, CancellationToken, object> analyse) =>
        api.MapGet($"/pairs/{{pair}}/{name}", async (string pair, string? from, string? to, StoreReader reader, HttpContext http) =>
            {
                var route = PairRoute.Parse(pair);
                var (f, t) = QueryValues.Range(from, to);
                var range = new PairRange(route.CountryA, route.CountryB, f, t);
                return TypedResults.Ok(await reader.Cached((name, range), store => analyse(store, range, CancellationToken.None), _ => 64, http.RequestAborted));
            })
            .WithSummary($"A pair's {name}.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

/// <summary>The optional endpoint groups this server offers.</summary>
public sealed record FeaturesJson(bool Crises, bool Channels, bool Scenarios, bool Simulations);
