using Pendulum.Web.Api.Simulations;

namespace Pendulum.Web.Api;

/// <summary><c>/api/features</c>: which endpoint groups the page may offer on this server.</summary>
internal static class FeaturesApi
{
    public static void MapFeatures(this IEndpointRouteBuilder api) =>
        api.MapGet("/features", (ShippedScenarios shipped) => TypedResults.Ok(new FeaturesJson(true, true, shipped.Scenarios().Count > 0, true)))
            .WithSummary("Which endpoint groups (crises, channels, scenarios, simulations) this server offers.");
}
