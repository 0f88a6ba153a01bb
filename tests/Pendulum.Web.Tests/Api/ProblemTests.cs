using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pendulum.Store;
using Pendulum.Web.Store;

namespace Pendulum.Web.Tests.Api;

/// <summary>What a client sees when a request is wrong or the server fails: a problem document, nothing of the server.</summary>
public sealed class ProblemTests(SharedStore shared) : IDisposable
{
    private readonly ApiFactory _factory = new(shared.Store.Path);

    [Fact]
    public async Task Series_UnknownCountryCode_Returns404NamingItWithSuggestions()
    {
        var (status, problem) = await Problem("/api/pairs/USA-CHX/series");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("'CHX'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("CHX", problem.GetProperty("code").GetString());
        Assert.Contains("CHN", problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
    }

    [Theory]
    [InlineData("/api/pairs/USA/series")]
    [InlineData("/api/pairs/USA-USA/events")]
    public async Task Pair_NotAPairOfTwoCountries_Returns404(string path)
    {
        var (status, problem) = await Problem(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Unknown pair", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/api/pairs/USA-CHN/series?from=2018-13-01", "from")]
    [InlineData("/api/pairs/USA-CHN/series?to=yesterday", "to")]
    [InlineData("/api/pairs/USA-CHN/series?from=2018-06-01&to=2018-05-01", "from")]
    [InlineData("/api/pairs/USA-CHN/series?freq=fortnight", "freq")]
    [InlineData("/api/pairs/USA-CHN/series?format=xml", "format")]
    [InlineData("/api/pairs/USA-CHN/events?from=2018-5-1", "from")]
    [InlineData("/api/pairs/USA-CHN/events?limit=0", "limit")]
    public async Task Request_BadParameter_Returns400NamingTheParameter(string path, string parameter)
    {
        var (status, problem) = await Problem(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.StartsWith($"{parameter}: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_StoreFails_Returns503WithoutPathOrStackTrace()
    {
        const string secret = "/srv/secret-folder/pendulum.db";
        using var factory = new ApiFactory(shared.Store.Path, services => services.AddSingleton<IStoreSource>(new FailingStore(secret)));

        var response = await factory.CreateClient().GetAsync(new Uri("/api/pairs/USA-CHN/series", UriKind.Relative));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("secret-folder", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_UnexpectedFailure_Returns500WithoutDetails()
    {
        using var factory = new ApiFactory(shared.Store.Path, services => services.AddSingleton<IStoreSource>(new FailingStore(null)));

        var response = await factory.CreateClient().GetAsync(new Uri("/api/pairs", UriKind.Relative));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("FailingStore", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Pendulum.Web.dll")]
    [InlineData("/../Pendulum.Web.dll")]
    [InlineData("/%2e%2e/%2e%2e/pendulum.db")]
    [InlineData("/..%2fPendulum.Web.deps.json")]
    [InlineData("/wwwroot/app.js")]
    public async Task StaticFiles_PathOutsideTheWebRoot_Returns404(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_Root_ServesThePageWithItsScriptAndStrictHeaders()
    {
        var client = _factory.CreateClient();

        var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var script = await client.GetAsync(new Uri("/app.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<script type=\"module\" src=\"app.js\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApiWithSnakeCaseFields()
    {
        using var json = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/pairs", paths);
        Assert.Contains("/api/pairs/{pair}/series", paths);
        Assert.Contains("/api/pairs/{pair}/events", paths);
        Assert.Contains("/api/matrix", paths);
        Assert.Contains("/api/pairs/{pair}/crises", paths);
        Assert.Contains("/api/pairs/{pair}/channels", paths);
        Assert.Contains("/api/simulations/{id}/result", paths);
        var period = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("PeriodJson").GetProperty("properties");
        Assert.True(period.TryGetProperty("mu_ab", out _));
    }

    private async Task<(HttpStatusCode Status, JsonElement Problem)> Problem(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>A store that cannot be opened: an I/O failure naming a path, or a bug (null path).</summary>
    private sealed class FailingStore(string? path) : IStoreSource
    {
        public IEventStore Open() => path is null
            ? throw new InvalidOperationException("a bug in FailingStore")
            : throw new InputOutputException("cannot open the SQLite store: disk I/O error", path);

        public string Stamp() => "fixed";
    }
}
