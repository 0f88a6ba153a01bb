using System.Net;
using System.Text.Json;
using Pendulum.Observe;
using Pendulum.Observe.Pairs;
using Pendulum.Reports.Json;
using Pendulum.Store;

namespace Pendulum.Web.Tests.Api.Pairs;

public sealed class PairsApiTests(SharedStore shared) : IDisposable
{
    private readonly ApiFactory _factory = new(shared.Store.Path);

    private HttpClient Client => _factory.CreateClient();

    [Fact]
    public async Task Pairs_FixtureStore_ListsUsaChinaWithCountsFromTheFiles()
    {
        var expected = TestStore.PairEvents("CHN", "USA");

        using var json = await GetJson("/api/pairs");

        var pairs = json.RootElement.EnumerateArray().ToList();
        var pair = pairs.Single(p => p.GetProperty("pair").GetString() == "CHN-USA");
        Assert.Equal(expected.Count, pair.GetProperty("events").GetInt64());
        Assert.Equal(expected.Count(e => e.Source.Country == "CHN"), pair.GetProperty("events_ab").GetInt64());
        Assert.Equal(expected.Min(e => e.Date).ToString("yyyy-MM-dd"), pair.GetProperty("first").GetString());
        Assert.Equal("United States", pair.GetProperty("name_b").GetString());
        var counts = pairs.Select(p => p.GetProperty("events").GetInt64()).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
    }

    [Fact]
    public async Task Series_UsaChinaByMonth_OnePeriodPerMonthSpannedWithTheMeasureFields()
    {
        using var json = await GetJson("/api/pairs/USA-CHN/series?freq=month");

        var root = json.RootElement;
        Assert.Equal("USA-CHN", root.GetProperty("pair").GetString());
        Assert.Equal("month", root.GetProperty("freq").GetString());
        var periods = root.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(TestStore.MonthsSpanned("USA", "CHN"), periods.Count);
        Assert.Equal(TestStore.PairEvents("USA", "CHN").Count, periods.Sum(p => p.GetProperty("events").GetInt64()));
        foreach (var field in new[] { "period", "events_ab", "events_ba", "quad_counts", "goldstein_mean", "mu_ab", "mu_ba", "position", "zone", "drivers" })
            Assert.True(periods[0].TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Series_SameRequest_IsTheMeasureCommandsJson()
    {
        using var store = SqliteEventStore.Open(shared.Store.Path);
        var measured = PairAnalysis.Run(PairSource.FromStore(store), new PairWindow("USA", "CHN"),
            new PairAnalysisOptions { Frequency = Frequency.Week, CrisesAndChannels = false }).Measurement!;
        using var expected = JsonDocument.Parse(ReportJson.Serialize(MeasurementJson.From(measured)));

        using var actual = await GetJson("/api/pairs/USA-CHN/series?freq=week");

        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement));
    }

    [Fact]
    public async Task Series_PairReversed_SwapsTheTwoBeliefs()
    {
        using var forward = await GetJson("/api/pairs/USA-CHN/series?freq=year");
        using var backward = await GetJson("/api/pairs/chn-usa/series?freq=year");

        var f = forward.RootElement.GetProperty("periods").EnumerateArray().Last();
        var b = backward.RootElement.GetProperty("periods").EnumerateArray().Last();
        Assert.Equal(f.GetProperty("mu_ab").GetDouble(), b.GetProperty("mu_ba").GetDouble());
        Assert.Equal(f.GetProperty("mu_ba").GetDouble(), b.GetProperty("mu_ab").GetDouble());
        Assert.Equal(f.GetProperty("events_ab").GetInt64(), b.GetProperty("events_ba").GetInt64());
    }

    [Fact]
    public async Task Series_DateRange_KeepsOnlyPeriodsInside()
    {
        using var json = await GetJson("/api/pairs/USA-CHN/series?freq=day&from=2018-05-01&to=2018-05-31");

        var periods = json.RootElement.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetString()!).ToList();
        Assert.NotEmpty(periods);
        Assert.All(periods, p => Assert.StartsWith("2018-05-", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Series_Csv_HasTheMeasureHeaderAndOneRowPerPeriodAsADownload()
    {
        var response = await Client.GetAsync(new Uri("/api/pairs/USA-CHN/series?format=csv", UriKind.Relative));

        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("USA-CHN-month.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.StartsWith("period,events,events_ab,events_ba,verbal_cooperation,", lines[0], StringComparison.Ordinal);
        Assert.Equal(TestStore.MonthsSpanned("USA", "CHN"), lines.Length - 1);
    }

    [Fact]
    public async Task Events_LimitBelowTotal_KeepsTheMostReportedInDateOrder()
    {
        var all = TestStore.PairEvents("USA", "CHN");

        using var json = await GetJson("/api/pairs/USA-CHN/events?limit=10");

        var root = json.RootElement;
        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(all.Count, root.GetProperty("total").GetInt64());
        Assert.True(root.GetProperty("truncated").GetBoolean());
        Assert.Equal(10, events.Count);
        var dates = events.Select(e => e.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var tenth = all.Select(e => e.Mentions).OrderDescending().ElementAt(9);
        Assert.All(events, e => Assert.True(e.GetProperty("mentions").GetInt32() >= tenth));
        Assert.Equal(JsonValueKind.String, events[0].GetProperty("cameo").ValueKind);
    }

    [Fact]
    public async Task Events_Csv_StreamsEveryEventOfThePair()
    {
        var text = await Client.GetStringAsync(new Uri("/api/pairs/CHN-USA/events?format=csv", UriKind.Relative));

        var lines = text.TrimEnd().Split('\n');
        Assert.StartsWith("date,dataset,event_id,source_country,", lines[0], StringComparison.Ordinal);
        Assert.Equal(TestStore.PairEvents("USA", "CHN").Count, lines.Length - 1);
    }

    [Fact]
    public async Task Series_StoreChanges_ServesTheNewSeriesNotTheCachedOne()
    {
        using var store = new TestStore([TestStore.Files[0]]);
        using var factory = new ApiFactory(store.Path);
        var client = factory.CreateClient();
        var before = await Total(client);

        using (var writable = SqliteEventStore.Open(store.Path))
            await new Ingest.EventIngester(writable, TimeProvider.System).IngestFileAsync(TestStore.Files[3], new Ingest.IngestOptions());
        var after = await Total(client);

        Assert.Equal(TestStore.FixtureEvents([TestStore.Files[0]]).Count(IsUsaChina), before);
        Assert.Equal(TestStore.FixtureEvents([TestStore.Files[0], TestStore.Files[3]]).Count(IsUsaChina), after);
        Assert.True(after > before);
    }

    private static bool IsUsaChina(Events.CodedEvent e) =>
        (e.Source.Country, e.Target.Country) is ("USA", "CHN") or ("CHN", "USA");

    private static async Task<long> Total(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/pairs/USA-CHN/series?freq=year", UriKind.Relative)));
        return json.RootElement.GetProperty("periods").EnumerateArray().Sum(p => p.GetProperty("events").GetInt64());
    }

    private async Task<JsonDocument> GetJson(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _factory.Dispose();
}
