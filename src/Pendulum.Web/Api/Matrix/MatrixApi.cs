using System.ComponentModel;
using Pendulum.Observe;
using Pendulum.Reports.Csv;
using Pendulum.Reports.Json;
using Pendulum.Web.Api.Pairs;
using Pendulum.Web.Store;

namespace Pendulum.Web.Api.Matrix;

/// <summary><c>/api/matrix</c>: every pair of a set of countries at one date (as <c>pendulum measure --actors --at</c>).</summary>
internal static class MatrixApi
{
    /// <summary>The most countries one matrix takes: 20 countries are 190 pairs, each measured day by day.</summary>
    public const int MaxActors = 20;

    public static void MapMatrix(this IEndpointRouteBuilder api) =>
        api.MapGet("/matrix", Matrix)
            .WithSummary("The positions of every pair of the given countries as of a date, with beliefs both ways.")
            .WithDescription("JSON by default; format=csv gives a square table with a country column, as pendulum measure --actors --at --format csv.")
            .Produces<PositionMatrixJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> Matrix(
        [Description("Two to 20 ISO alpha-3 codes, comma-separated: USA,CHN,JPN.")] string? actors,
        [Description("YYYY-MM-DD, or YYYY-MM for the month's last day; default the last day with events among them.")] string? at,
        [Description("json (the default) or csv.")] string? format,
        StoreReader reader, ObserverParameters parameters, HttpContext http)
    {
        var countries = (actors ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => PairRoute.Country(c, StatusCodes.Status400BadRequest))
            .Distinct()
            .ToList();
        if (countries.Count is < 2 or > MaxActors)
            throw ApiProblem.BadParameter("actors", $"give 2 to {MaxActors} different country codes, comma-separated");
        var csv = QueryValues.Csv(format);
        var day = string.IsNullOrEmpty(at)
            ? await LastDay(reader, countries, http.RequestAborted)
            : ManyPairs.ParseAt(at) ?? throw ApiProblem.BadParameter("at", $"'{at}' is not a date (YYYY-MM-DD) or a month (YYYY-MM)");
        var matrix = await reader.CachedAsync(("matrix", string.Join(',', countries), day),
            store => ManyPairs.At(day, countries, ManyPairs.FromStore(store, countries, Frequency.Day, parameters, null, day)),
            m => m.Pairs.Count / 4, http.RequestAborted);
        if (!csv)
            return TypedResults.Ok(PositionMatrixJson.From(matrix));
        var text = new StringWriter();
        MeasurementCsv.WriteMatrix(matrix, text);
        return CsvDownload.Of(http, text.ToString(), $"matrix-{day:yyyy-MM-dd}.csv");
    }

    private static async Task<DateOnly> LastDay(StoreReader reader, IReadOnlyList<string> countries, CancellationToken cancellationToken)
    {
        var last = (await PairsApi.ListPairs(reader, cancellationToken))
            .Where(p => countries.Contains(p.CountryA) && countries.Contains(p.CountryB))
            .Select(p => (DateOnly?)p.Last)
            .Max();
        return last ?? throw ApiProblem.BadParameter("at", "these countries have no events with each other; give a date");
    }
}
