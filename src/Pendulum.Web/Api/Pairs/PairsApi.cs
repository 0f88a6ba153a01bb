using System.ComponentModel;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Pendulum.Events;
using Pendulum.Observe;
using Pendulum.Reports.Csv;
using Pendulum.Reports.Json;
using Pendulum.Store;
using Pendulum.Web.Store;

namespace Pendulum.Web.Api.Pairs;

/// <summary><c>/api/pairs</c>: the pairs in the store, a pair's series (as <c>pendulum measure</c>) and its events.</summary>
internal static class PairsApi
{
    /// <summary>Events returned as JSON when no <c>limit</c> is given.</summary>
    public const int DefaultEventLimit = 5_000;

    /// <summary>The largest <c>limit</c> accepted: a bound on one response's size (about 30 MB of JSON).</summary>
    public const int MaxEventLimit = 50_000;

    public static void MapPairs(this IEndpointRouteBuilder api)
    {
        api.MapGet("/pairs", (StoreReader reader, HttpContext http) => ListPairs(reader, http.RequestAborted))
            .WithSummary("Every pair of countries with events in the store, most events first, then the pairs held only as period aggregates.")
            .Produces<List<PairSummaryJson>>();

        api.MapGet("/pairs/{pair}/series", Series)
            .WithSummary("A pair's series: events, beliefs both ways, position, zone and drivers per period (as pendulum measure).")
            .WithDescription("JSON by default; format=csv gives the columns of pendulum measure --format csv, as a download.")
            .Produces<MeasurementJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/pairs/{pair}/events", Events)
            .WithSummary("A pair's events, both directions, in date order (as pendulum events).")
            .WithDescription("JSON holds at most `limit` events (the most-reported); format=csv streams every event, as pendulum events --format csv.")
            .Produces<EventListJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The store's pairs, computed once per state of the store (a scan of the dyad index).</summary>
    public static Task<List<PairSummaryJson>> ListPairs(StoreReader reader, CancellationToken cancellationToken) =>
        reader.CachedAsync("pairs", store => StorePairs.Of(store).Select(PairSummaryJson.From).ToList(), pairs => pairs.Count / 5, cancellationToken);

    private static async Task<IResult> Series(
        [Description("Two ISO alpha-3 codes, e.g. USA-CHN; mu_ab is then how far CHN can trust USA.")] string pair,
        [Description("Period length: day, week, month (the default) or year.")] string? freq,
        [Description("First day, YYYY-MM-DD; default the pair's first event.")] string? from,
        [Description("Last day, YYYY-MM-DD; default the pair's last event.")] string? to,
        [Description("json (the default) or csv.")] string? format,
        StoreReader reader, PairReadings readings, IOptions<JsonOptions> json, HttpContext http)
    {
        var route = PairRoute.Parse(pair);
        var frequency = QueryValues.Frequency(freq);
        var (f, t) = QueryValues.Range(from, to);
        var csv = QueryValues.Csv(format);
        var series = await reader.CachedAsync(("series", route, frequency, f, t), store =>
            {
                var window = new Observe.Pairs.PairWindow(route.CountryA, route.CountryB, f, t);
                var measurement = readings.Read(store, window, frequency, null, CancellationToken.None).Measurement!;
                return new MeasuredSeries(measurement, JsonSerializer.SerializeToUtf8Bytes(MeasurementJson.From(measurement), json.Value.SerializerOptions));
            },
            s => s.Json.Length / 1024, http.RequestAborted);
        if (!csv)
            return TypedResults.Bytes(series.Json, "application/json");
        var text = new StringWriter();
        MeasurementCsv.Write(series.Measurement, text);
        return CsvDownload.Of(http, text.ToString(), $"{route}-{frequency.Name()}.csv");
    }

    /// <summary>
    /// A measurement with its JSON already written: a cached series is answered by copying bytes, which keeps the
    /// busiest endpoint free of per-request serialization and of large short-lived strings.
    /// </summary>
    private sealed record MeasuredSeries(PairMeasurement Measurement, byte[] Json);

    private static IResult Events(
        [Description("Two ISO alpha-3 codes, e.g. USA-CHN.")] string pair,
        [Description("First day, YYYY-MM-DD.")] string? from,
        [Description("Last day, YYYY-MM-DD.")] string? to,
        [Description("JSON only: at most this many events, 1 to 50000 (default 5000).")] string? limit,
        [Description("json (the default) or csv (every event, streamed).")] string? format,
        StoreReader reader, HttpContext http)
    {
        var route = PairRoute.Parse(pair);
        var (f, t) = QueryValues.Range(from, to);
        var query = new EventQuery(route.CountryA, route.CountryB, f, t);
        if (QueryValues.Csv(format))
        {
            return TypedResults.Stream(async body =>
            {
                using var store = reader.Open();
                await using var writer = new StreamWriter(body, new UTF8Encoding(false));
                await writer.WriteLineAsync(CsvText.Row(EventCsv.Fields));
                foreach (var e in store.Events(query, http.RequestAborted))
                    await writer.WriteLineAsync(EventCsv.Row(e));
            }, "text/csv; charset=utf-8", $"{route}-events.csv");
        }

        var max = QueryValues.Limit(limit, DefaultEventLimit, MaxEventLimit);
        return TypedResults.Ok(reader.Read(store => MostReported(store.Events(query, http.RequestAborted), route, max)));
    }

    // One pass, keeping the `max` most-mentioned events in a heap; ties go to the stronger Goldstein value, then the
    // earlier event, so the choice is stable.
    private static EventListJson MostReported(IEnumerable<CodedEvent> events, PairRoute route, int max)
    {
        var kept = new PriorityQueue<CodedEvent, (int Mentions, double Strength, long Order)>();
        long total = 0;
        foreach (var e in events)
        {
            var priority = (e.Mentions, Math.Abs(e.Goldstein), -total);
            total++;
            if (kept.Count < max)
                kept.Enqueue(e, priority);
            else if (kept.TryPeek(out _, out var weakest) && priority.CompareTo(weakest) > 0)
                kept.EnqueueDequeue(e, priority);
        }

        var inDateOrder = kept.UnorderedItems
            .OrderBy(x => -x.Priority.Order)
            .Select(x => EventJson.From(x.Element))
            .ToList();
        return new EventListJson(route.ToString(), total, total > max, inDateOrder);
    }
}
