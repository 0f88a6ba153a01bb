using System.Net;
using System.Text.Json;
using Pendulum.Observe.Channels;
using Pendulum.Observe.Crises;
using Pendulum.Observe.Pairs;
using Pendulum.Reports.Json;

namespace Pendulum.Web.Tests.Api.PairAnalyses;

/// <summary>The crises and channels endpoints over the fixture store, against the library's own answers.</summary>
public sealed class PairAnalysesApiTests(SharedStore shared) : IDisposable
{
    private readonly ApiFactory _factory = new(shared.Store.Path);

    [Fact]
    public async Task Crises_UsaChina_AreTheDetectorsEpisodesInTheCliShape()
    {
        var body = await _factory.CreateClient().GetByteArrayAsync(new Uri("/api/pairs/USA-CHN/crises", UriKind.Relative));

        var expected = PairCrisisAnalysis.Run(TestStore.PairEvents("USA", "CHN").OrderBy(e => e.Date), "USA", "CHN", DeclaredChannels.None, null, null);
        Assert.Equal(EventBriefJson.ToBytes(json => CrisisJson.Write(json, expected.Episodes, ObserverSettings.MediaVolume)), body);
        using var json = JsonDocument.Parse(body);
        var episode = Assert.Single(json.RootElement.GetProperty("episodes").EnumerateArray());
        Assert.Equal("2018-01-05", episode.GetProperty("start").GetString());
        Assert.NotEqual(0, episode.GetProperty("triggers").GetArrayLength());
    }

    [Fact]
    public async Task Channels_UsaChina_AreTheTrackersTimelinesInTheCliShape()
    {
        using var json = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync(new Uri("/api/pairs/USA-CHN/channels", UriKind.Relative)));

        var tracker = new ChannelTracker();
        var events = TestStore.PairEvents("USA", "CHN").OrderBy(e => e.Date).ToList();
        events.ForEach(tracker.Add);
        var expected = tracker.Timelines(events[0].Date, events[^1].Date);
        var channels = json.RootElement.GetProperty("channels");
        Assert.Equal(expected.Select(t => t.Name), channels.EnumerateArray().Select(c => c.GetProperty("channel").GetString()));
        Assert.All(channels.EnumerateArray(), c => Assert.Equal(JsonValueKind.Array, c.GetProperty("changes").ValueKind));
    }

    [Theory]
    [InlineData("/api/pairs/USA-CHX/crises")]
    [InlineData("/api/pairs/USA-CHX/channels")]
    public async Task PairAnalyses_UnknownCode_Return404NamingTheCode(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("'CHX'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/pairs/USA-CHN/crises?from=2018")]
    [InlineData("/api/pairs/USA-CHN/channels?to=2018-13-01")]
    public async Task PairAnalyses_NotADate_Returns400(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Crises_FromAfterTo_Returns400NamingFrom()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/api/pairs/USA-CHN/crises?from=2018-06-01&to=2018-01-01", UriKind.Relative));

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("from", problem.RootElement.GetProperty("parameter").GetString());
    }

    public void Dispose() => _factory.Dispose();
}
