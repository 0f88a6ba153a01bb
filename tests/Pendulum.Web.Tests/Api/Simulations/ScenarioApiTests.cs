using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pendulum.Web.Api.Simulations;

namespace Pendulum.Web.Tests.Api.Simulations;

/// <summary>The shipped scenarios and simulations with the real simulator: small runs, so each test takes a moment.</summary>
public sealed class ScenarioApiTests(SharedStore shared) : IDisposable
{
    private readonly ApiFactory _factory = new(shared.Store.Path);

    [Fact]
    public async Task Scenarios_Shipped_ListsTheFolderAndServesEachFile()
    {
        var client = _factory.CreateClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/scenarios", UriKind.Relative)));
        var names = list.RootElement.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        var yaml = await client.GetStringAsync(new Uri("/api/scenarios/us-china-no-hotline", UriKind.Relative));
        var traversal = await client.GetAsync(new Uri("/api/scenarios/..%2F..%2Fetc%2Fpasswd", UriKind.Relative));

        Assert.Equal("us-china-base", names[0]);
        Assert.Contains("us-china-no-hotline", names);
        Assert.Contains("extends: us-china-base.yaml", yaml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
    }

    [Fact]
    public async Task Simulations_BaseAndVariant_FinishWithFansAndPairedDifferences()
    {
        var client = _factory.CreateClient();
        var request = new
        {
            scenarios = new[]
            {
                new { name = "base", yaml = "extends: us-china-base.yaml\n" },
                new { name = "no hotline", yaml = "extends: us-china-no-hotline.yaml\n" },
            },
            runs = 20,
            years = 2,
        };

        var started = await client.PostAsJsonAsync(new Uri("/api/simulations", UriKind.Relative), request);
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        await SimulationPolling.Until(client, id, "done");
        using var result = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/simulations/{id}/result", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var scenarios = result.RootElement.GetProperty("scenarios");
        Assert.Equal(["base", "no hotline"], scenarios.EnumerateArray().Select(s => s.GetProperty("label").GetString()));
        var fan = scenarios[0].GetProperty("fans")[0];
        Assert.Equal("USA-CHN", fan.GetProperty("pair").GetString());
        Assert.Equal(fan.GetProperty("dates").GetArrayLength(), fan.GetProperty("p50").GetArrayLength());
        var difference = result.RootElement.GetProperty("differences").EnumerateArray().First(d => d.GetProperty("outcome").GetString() == "share_distrust");
        Assert.Equal("base", difference.GetProperty("a").GetString());
        Assert.Equal(20, difference.GetProperty("runs").GetInt64());
        Assert.True(difference.GetProperty("ci_low").GetDouble() <= difference.GetProperty("ci_high").GetDouble());
    }

    [Fact]
    public async Task Simulations_MalformedScenario_Returns400WithLineFieldAndReasonLikeTheCli()
    {
        var response = await PostYaml("extends: us-china-base.yaml\nyears: many\n", "?runs=10");

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("2: years: ", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extends: ../../../etc/passwd\n")]
    [InlineData("extends: /etc/hostname\n")]
    public async Task Simulations_ExtendsAnythingButAShippedFile_Returns400WithoutAPath(string yaml)
    {
        var response = await PostYaml(yaml, "?runs=10");

        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("1: extends: may name only a shipped scenario file", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(AppContext.BaseDirectory, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulations_RunsTimesStepsOverTheCap_Returns400NamingRuns()
    {
        var limits = new SimulationLimits();
        var response = await PostYaml("extends: us-china-base.yaml\n", $"?runs={limits.MaxRuns}&years=20");

        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("runs: runs x steps is", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulations_DeletedWhileRunning_EndCancelled()
    {
        var client = _factory.CreateClient();
        var started = await PostYaml("extends: us-china-base.yaml\n", "?runs=5000&years=2");
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        var deleted = await client.DeleteAsync(new Uri($"/api/simulations/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await SimulationPolling.Until(client, id, "cancelled");
    }

    private Task<HttpResponseMessage> PostYaml(string yaml, string query) => _factory.CreateClient()
        .PostAsync(new Uri("/api/simulations" + query, UriKind.Relative), new StringContent(yaml, Encoding.UTF8, "application/yaml"));

    public void Dispose() => _factory.Dispose();
}
