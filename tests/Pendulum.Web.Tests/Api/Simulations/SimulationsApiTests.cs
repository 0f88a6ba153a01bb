using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Pendulum.Web.Api.Simulations;

namespace Pendulum.Web.Tests.Api.Simulations;

public sealed class SimulationsApiTests : IDisposable
{
    private const string Scenario = "name: hotline\n";

    private readonly GatedRunner _runner = new();
    private readonly ApiFactory _factory;

    public SimulationsApiTests(SharedStore shared) =>
        _factory = new ApiFactory(shared.Store.Path, s =>
        {
            s.RemoveAll<ISimulationRunner>();
            s.AddSingleton<ISimulationRunner>(_runner);
        });

    [Fact]
    public async Task Simulations_StartedAndReleased_ReportProgressThenTheResult()
    {
        var client = _factory.CreateClient();

        var started = await Post(client, Scenario);
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        await _runner.HalfDone.Task;
        using var running = await Status(client, id!);
        var early = await client.GetAsync(new Uri($"/api/simulations/{id}/result", UriKind.Relative));
        _runner.Release.SetResult();
        await SimulationPolling.Until(client, id!, "done");
        using var result = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/simulations/{id}/result", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal($"/api/simulations/{id}", started.Headers.Location?.OriginalString);
        Assert.Equal("running", running.RootElement.GetProperty("state").GetString());
        Assert.Equal(0.5, running.RootElement.GetProperty("progress").GetDouble());
        Assert.Equal(100, running.RootElement.GetProperty("runs").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(0.25, result.RootElement.GetProperty("mean_position").GetDouble());
    }

    [Fact]
    public async Task Simulations_OverTheLimits_Returns400NamingTheField()
    {
        var response = await Post(_factory.CreateClient(), Scenario, "?runs=99999999");

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("runs: at most", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulations_BodyOverTheLimit_Returns413()
    {
        var response = await Post(_factory.CreateClient(), Scenario + new string('#', SimulationsApi.MaxScenarioBytes));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Simulations_Deleted_EndsCancelled()
    {
        var client = _factory.CreateClient();
        var started = await Post(client, Scenario);
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        await _runner.HalfDone.Task;

        var deleted = await client.DeleteAsync(new Uri($"/api/simulations/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await SimulationPolling.Until(client, id, "cancelled");
    }

    [Fact]
    public async Task Simulations_MoreThanTheRunningLimit_Returns429()
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < SimulationJobs.MaxRunning; i++)
            Assert.Equal(HttpStatusCode.Accepted, (await Post(client, Scenario)).StatusCode);

        var refused = await Post(client, Scenario);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task CancelAbandoned_NobodyAskedForLongerThanTheLimit_CancelsTheRun()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var jobs = new SimulationJobs(time);
        var job = jobs.Start(_runner.Prepare(new SimulationRequest([new ScenarioText(null, Scenario)], 100), new SimulationLimits()))!;
        await _runner.HalfDone.Task;

        time.Advance(SimulationJobs.AbandonAfter - TimeSpan.FromSeconds(1));
        jobs.CancelAbandoned();
        var stillRunning = job.State;
        time.Advance(TimeSpan.FromSeconds(2));
        jobs.CancelAbandoned();

        Assert.Equal(SimulationState.Running, stillRunning);
        for (var i = 0; i < 500 && job.State == SimulationState.Running; i++)
            await Task.Delay(10);
        Assert.Equal(SimulationState.Cancelled, job.State);
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string yaml, string query = "?runs=100") =>
        client.PostAsync(new Uri("/api/simulations" + query, UriKind.Relative), new StringContent(yaml, Encoding.UTF8, "application/yaml"));

    private static async Task<JsonDocument> Status(HttpClient client, string id) =>
        JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/simulations/{id}", UriKind.Relative)));

    public void Dispose() => _factory.Dispose();
}
