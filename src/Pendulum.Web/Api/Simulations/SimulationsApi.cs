using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Pendulum.Web.Api.Simulations;

/// <summary><c>/api/scenarios</c> and <c>/api/simulations</c>: shipped scenarios, and runs started, watched and cancelled.</summary>
internal static class SimulationsApi
{
    /// <summary>The largest scenario accepted, in bytes. Default 256 KiB: a scenario is a page of YAML.</summary>
    public const int MaxScenarioBytes = 256 * 1024;

    public static void MapScenarios(this IEndpointRouteBuilder api)
    {
        api.MapGet("/scenarios", (ShippedScenarios catalog) => TypedResults.Ok(catalog.Scenarios()))
            .WithSummary("The shipped scenarios.");
        api.MapGet("/scenarios/{name}", (string name, ShippedScenarios catalog) =>
                catalog.Source(name) is { } yaml
                    ? Results.Text(yaml, "application/yaml", Encoding.UTF8)
                    : throw new ApiProblem(StatusCodes.Status404NotFound, "Unknown scenario", $"no shipped scenario is named '{name}'"))
            .WithSummary("A shipped scenario's YAML.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapSimulations(this IEndpointRouteBuilder api)
    {
        api.MapPost("/simulations", Start)
            .WithSummary("Starts a simulation; answers with its id at once.")
            .WithDescription("The body is one scenario's YAML (application/yaml, with runs, years and seed in the query) or a JSON "
                + "request {scenarios: [{name, yaml}], runs, years, seed} comparing several on the same seeds, the first being the base.")
            .Accepts<SimulationRequest>("application/json", "application/yaml", "text/plain")
            .Produces<SimulationStatusJson>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/simulations/{id}", (string id, SimulationJobs jobs) => TypedResults.Ok(Find(jobs, id).Status()))
            .WithSummary("A simulation's state and progress. Polling it keeps the simulation alive.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/simulations/{id}/result", (string id, SimulationJobs jobs) =>
            {
                var job = Find(jobs, id);
                return job.Result is { } result
                    ? TypedResults.Ok(result)
                    : throw new ApiProblem(StatusCodes.Status409Conflict, "No result", $"simulation {id} is {job.Status().State}");
            })
            .WithSummary("A finished simulation's result.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/simulations/{id}", (string id, SimulationJobs jobs) =>
            {
                Find(jobs, id).Cancel();
                return TypedResults.NoContent();
            })
            .WithSummary("Cancels a simulation.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Start(HttpRequest request, ISimulationRunner runner, SimulationJobs jobs, SimulationLimits limits,
        IOptions<JsonOptions> json)
    {
        var body = await ReadBody(request);
        var prepared = runner.Prepare(ReadRequest(request, body, json.Value.SerializerOptions), limits);
        var job = jobs.Start(prepared)
            ?? throw new ApiProblem(StatusCodes.Status429TooManyRequests, "Busy", $"{SimulationJobs.MaxRunning} simulations are running; try again when one ends");
        return TypedResults.Accepted($"/api/simulations/{job.Id}", job.Status());
    }

    // JSON for a comparison; otherwise the body is one scenario's YAML and the numbers come from the query.
    private static SimulationRequest ReadRequest(HttpRequest request, string body, JsonSerializerOptions options)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            SimulationRequest? parsed;
            try
            {
                parsed = JsonSerializer.Deserialize<SimulationRequest>(body, options);
            }
            catch (JsonException e)
            {
                throw new ApiProblem(StatusCodes.Status400BadRequest, "Bad request",
                    $"{e.LineNumber + 1}: {e.Path ?? "$"}: not a simulation request (scenarios: [{{name, yaml}}], runs, years, seed)");
            }

            return parsed is { Scenarios.Count: > 0 } && parsed.Scenarios.All(s => s?.Yaml is not null)
                ? parsed
                : throw new ApiProblem(StatusCodes.Status400BadRequest, "Bad request", "scenarios: give at least one scenario, each with its yaml");
        }

        var query = request.Query;
        return new SimulationRequest([new ScenarioText(null, body)],
            QueryValues.Limit(query["runs"], 500, int.MaxValue),
            string.IsNullOrEmpty(query["years"]) ? null : QueryValues.Limit(query["years"], 10, 1000),
            string.IsNullOrEmpty(query["seed"]) ? 1 : ulong.TryParse(query["seed"], NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
                ? seed : throw ApiProblem.BadParameter("seed", $"'{query["seed"]}' is not a whole number"));
    }

    // Read by hand with a cap, so the limit holds behind any server (Kestrel's own limit is a second line).
    private static async Task<string> ReadBody(HttpRequest request)
    {
        if (request.ContentLength > MaxScenarioBytes)
            throw TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxScenarioBytes)
                throw TooLarge();
            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static ApiProblem TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "Scenario too large", $"a scenario may hold at most {MaxScenarioBytes / 1024} KiB");

    private static SimulationJob Find(SimulationJobs jobs, string id) =>
        jobs.Find(id) ?? throw new ApiProblem(StatusCodes.Status404NotFound, "Unknown simulation", $"no simulation '{id}' (finished ones are kept for a while)");
}
