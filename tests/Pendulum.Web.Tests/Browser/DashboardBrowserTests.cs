using Microsoft.Playwright;

namespace Pendulum.Web.Tests.Browser;

/// <summary>
/// The dashboard in Debian's Chromium, driven by Playwright, against the real server on a loopback port. Each test
/// saves a screenshot under <c>artifacts/</c> beside the test assembly.
/// </summary>
public sealed class DashboardBrowserTests(BrowserFixture browser)
    : IClassFixture<BrowserFixture>
{
    private readonly DashboardServer _server = browser.Server;

    public static string Artifacts => Path.Combine(AppContext.BaseDirectory, "artifacts");

    [Fact]
    public async Task Dashboard_PickUsaChina_TimelineShowsOnePointPerMonthAndTheDrivers()
    {
        var page = await NewPage();
        await page.GotoAsync(_server.Address);

        await page.FillAsync("#pair-search", "china united");
        await page.ClickAsync("[data-pair='CHN-USA']");
        await page.ClickAsync("#swap");

        var timeline = page.Locator("#timeline[data-pair='USA-CHN']:not([data-points='0'])");
        await timeline.WaitForAsync();
        Assert.Equal(TestStore.MonthsSpanned("USA", "CHN").ToString(System.Globalization.CultureInfo.InvariantCulture),
            await timeline.GetAttributeAsync("data-points"));
        Assert.Equal(TestStore.PairEvents("USA", "CHN").Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await timeline.GetAttributeAsync("data-events"));
        Assert.Contains("United States", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.NotEqual(0, await page.Locator("#drivers .drivers li").CountAsync());
        await Screenshot(page, "timeline.png");
    }

    [Fact]
    public async Task Dashboard_HoverAPeriod_ShowsItsDriversInTheTooltip()
    {
        var (page, box) = await OpenTimeline("#/pair/USA-CHN?freq=month");

        // The last month, at the right end of the plot (58 px in from the chart's edge). ECharts follows the pointer
        // through mousemove events, so glide there rather than jump.
        await page.Mouse.MoveAsync(box.X + box.Width - 64, box.Y + box.Height * 0.3f, new MouseMoveOptions { Steps = 5 });

        var tooltip = page.Locator("text=Moved most by");
        await tooltip.WaitForAsync();
        Assert.Contains("Jun 2018", await page.InnerTextAsync("#drivers h2"), StringComparison.Ordinal);
        await Screenshot(page, "timeline-hover.png");
    }

    [Fact]
    public async Task Dashboard_BrushADateRange_ListsThatRangesEvents()
    {
        var (page, box) = await OpenTimeline("#/pair/USA-CHN?freq=week");

        await page.ClickAsync("#brush-tool");
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.55f), box.Y + (box.Height * 0.35f));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width - 70, box.Y + (box.Height * 0.35f), new MouseMoveOptions { Steps = 10 });
        await page.Mouse.UpAsync();

        var zoom = page.Locator("#zoom-to");
        await zoom.WaitForAsync();
        var heading = await page.InnerTextAsync("#selection h2");
        Assert.Contains("–", heading, StringComparison.Ordinal);
        Assert.Contains("2018", heading, StringComparison.Ordinal);
        Assert.NotEqual(0, await page.Locator("#selection tbody tr").CountAsync());
        await Screenshot(page, "timeline-brush.png");
    }

    [Fact]
    public async Task Dashboard_Matrix_RendersEveryPairOfTheChosenCountries()
    {
        var page = await NewPage();
        await page.GotoAsync($"{_server.Address}#/matrix?actors=USA,CHN,RUS,PRK,JPN&at=2018-05");

        var heatmap = page.Locator("#heatmap:not([data-cells='0'])");
        await heatmap.WaitForAsync();

        Assert.Equal("20", await heatmap.GetAttributeAsync("data-cells"));
        Assert.Equal(10, await page.Locator("#ranking tbody tr").CountAsync());
        Assert.Contains("31 May 2018", await page.InnerTextAsync("#matrix-title"), StringComparison.Ordinal);
        await Screenshot(page, "matrix.png");
    }

    [Fact]
    public async Task Dashboard_ClickACrisis_OpensItsDetails()
    {
        var (page, _) = await OpenTimeline("#/pair/USA-CHN");

        await page.ClickAsync("#crises tr[data-crisis='0']");

        var details = page.Locator("#crisis-details h3");
        await details.WaitForAsync();
        Assert.Contains("5 Jan 2018", await details.InnerTextAsync(), StringComparison.Ordinal);
        var text = await page.InnerTextAsync("#crisis-details");
        Assert.Contains("What set it off", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("How it ended", text, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(0, await page.Locator("#crisis-details .event-list li").CountAsync());
        await page.Locator("#channel-chart:not([data-spans='0'])").WaitForAsync();
        await Screenshot(page, "crises-channels.png");
    }

    [Fact]
    public async Task Dashboard_RunTwoScenarios_FanChartsAndDifferencesAppear()
    {
        var page = await NewPage();
        await page.GotoAsync($"{_server.Address}#/scenarios");
        await page.Locator("[data-scenario]").First.WaitForAsync();

        await page.FillAsync("#runs", "40");
        await page.FillAsync("#years", "2");
        await page.ClickAsync("#run");

        var fans = page.Locator("#fan-chart:not([data-scenarios='0'])");
        await fans.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Equal("2", await fans.GetAttributeAsync("data-scenarios"));
        Assert.NotEqual(0, await page.Locator("#differences tbody tr").CountAsync());
        Assert.Contains("Done", await page.InnerTextAsync("#run-text"), StringComparison.Ordinal);
        await Screenshot(page, "scenarios.png");
    }

    [Fact]
    public async Task Dashboard_ChartSvgDownload_IsAnSvgOfThePair()
    {
        var (page, _) = await OpenTimeline("#/pair/USA-CHN");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#timeline-svg"));

        Assert.Equal("USA-CHN-month.svg", download.SuggestedFilename);
        var svg = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Trust in USA", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_UnknownPairInTheAddress_SaysWhichCodeIsUnknown()
    {
        var page = await NewPage();
        await page.GotoAsync($"{_server.Address}#/pair/USA-CHX");

        var problem = page.Locator("[role='alert']");
        await problem.WaitForAsync();

        Assert.Contains("'CHX'", await problem.InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>A page showing the timeline at <paramref name="route"/>, once drawn, and where the chart is.</summary>
    private async Task<(IPage Page, LocatorBoundingBoxResult Chart)> OpenTimeline(string route)
    {
        var page = await NewPage();
        await page.GotoAsync(_server.Address + route);
        var timeline = page.Locator("#timeline:not([data-points='0'])");
        await timeline.WaitForAsync();
        return (page, (await timeline.BoundingBoxAsync())!);
    }

    private async Task<IPage> NewPage()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 1100 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    private static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(Artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name), FullPage = true });
    }

}

/// <summary>One server over the fixture store and one Chromium for all the browser tests; each test has its own page.</summary>
public class BrowserFixture : IAsyncLifetime
{
    private readonly TestStore _store;
    private IPlaywright? _playwright;

    public BrowserFixture()
        : this(TestStore.Files)
    {
    }

    /// <summary>A server on a store built from <paramref name="files"/>.</summary>
    protected BrowserFixture(IEnumerable<string> files) => _store = new TestStore(files);

    public DashboardServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await DashboardServer.StartAsync(_store.Path);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
        _store.Dispose();
    }
}
