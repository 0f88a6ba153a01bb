using System.ComponentModel;
using Pendulum.Reports;
using Pendulum.Web.Api;

namespace Pendulum.Web.Api.Unga;

/// <summary>
/// <c>/api/pairs/{pair}/unga</c>: the UN General Assembly series the pair page sets beside the pendulum, for every year
/// the shipped file (data/unga/) covers the pair. An outside view, not an input.
/// </summary>
internal static class UngaApi
{
    private static readonly Lazy<UngaPairs?> Shipped = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "unga", UngaPairs.FileName);
        return File.Exists(path) ? UngaPairs.Load(path) : null;
    });

    public static void MapUnga(this IEndpointRouteBuilder api) =>
        api.MapGet("/pairs/{pair}/unga", Series)
            .WithSummary("The pair's UN General Assembly vote agreement and ideal-point distance by year (Bailey, Strezhnev and Voeten).")
            .Produces<UngaSeriesJson>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static IResult Series([Description("Two ISO alpha-3 codes, e.g. USA-CHN.")] string pair)
    {
        var route = PairRoute.Parse(pair);
        var unga = Shipped.Value
            ?? throw new ApiProblem(StatusCodes.Status404NotFound, "No UN series", "the UN General Assembly series is not installed beside the server (data/unga/)");
        var (first, last) = unga.Years;
        var years = Enumerable.Range(first, last - first + 1)
            .Select(y => new UngaYearJson(y, unga.Agreement(route.CountryA, route.CountryB, y), unga.Distance(route.CountryA, route.CountryB, y)))
            .Where(y => y.Agreement is not null || y.Distance is not null)
            .ToList();
        return TypedResults.Ok(new UngaSeriesJson(route.ToString(),
            "Bailey, Strezhnev and Voeten, UNGA ideal points, Harvard Dataverse hdl:1902.1/12379 (June 2024 release)", years));
    }
}
