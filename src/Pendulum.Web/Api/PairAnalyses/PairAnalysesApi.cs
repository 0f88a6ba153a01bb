using Pendulum.Observe.Pairs;
using Pendulum.Reports.Json;
using Pendulum.Web.Store;

namespace Pendulum.Web.Api.PairAnalyses;

/// <summary>
/// <c>/api/pairs/{A-B}/crises</c> and <c>/api/pairs/{A-B}/channels</c>: the pair's one analysis
/// (<see cref="PairAnalysis"/>) with the server's parameters and declared channels, written exactly as
/// <c>pendulum crises --format json</c> and <c>pendulum channels --format json</c> write it.
/// </summary>
internal static class PairAnalysesApi
{
    public static void MapPairAnalyses(this IEndpointRouteBuilder api)
    {
        MapPairAnalysis(api, "crises", analysis => EventBriefJson.ToBytes(json => CrisisJson.Write(json, analysis.Crises.Episodes, analysis.Settings)));
        MapPairAnalysis(api, "channels", analysis => EventBriefJson.ToBytes(json => ChannelJson.Write(json, analysis.Channels, analysis.Settings)));
    }

    // The result is computed once per state of the store and shared by the requests waiting for it, so the analysis
    // runs without any one request's cancellation.
    private static void MapPairAnalysis(IEndpointRouteBuilder api, string name, Func<PairAnalysis, byte[]> write) =>
        api.MapGet($"/pairs/{{pair}}/{name}", async (string pair, string? from, string? to, StoreReader reader, PairReadings readings,
                DeclaredChannelFiles declared, HttpContext http) =>
            {
                var route = PairRoute.Parse(pair);
                var (f, t) = QueryValues.Range(from, to);
                var window = new PairWindow(route.CountryA, route.CountryB, f, t);
                var json = await reader.CachedAsync((name, window), store =>
                        write(readings.Read(store, window, null, declared.For(route.CountryA, route.CountryB), CancellationToken.None)),
                    body => body.Length / 1024, http.RequestAborted);
                return TypedResults.Bytes(json, "application/json");
            })
            .WithSummary($"A pair's {name}, as pendulum {name} --format json.")
            .Produces<object>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
