using Microsoft.Playwright;

namespace Pendulum.Web.Tests.Browser;

/// <summary>
/// The dashboard on a store that holds real ICEWS dyad-year counts (every directed pair of USA, JPN, CHN, DEU, GBR and
/// RUS, 2002-2014) beside the event fixtures: the matrix shows the pairs read from counts, and the pair page draws the
/// UN General Assembly series beside the pendulum.
/// </summary>
public sealed class AggregatesBrowserTests(AggregatesBrowserFixture browser) : IClassFixture<AggregatesBrowserFixture>
{
    [Fact]
    public async Task Dashboard_MatrixAt2013_ShowsThePairsReadFromYearlyCounts()
    {
        var page = await NewPage();
        await page.GotoAsync($"{browser.Server.Address}#/matrix?actors=USA,JPN,DEU,GBR,CHN,RUS&at=2013-12");

        var heatmap = page.Locator("#heatmap:not([data-cells='0'])");
        await heatmap.WaitForAsync();

        Assert.Equal("30", await heatmap.GetAttributeAsync("data-cells"));
        Assert.Equal(15, await page.Locator("#ranking tbody tr").CountAsync());
        // Every pair is read from its counts up to 2013: none shows the prior of a pair without events.
        var events = await page.Locator("#ranking tbody tr td:last-child").AllInnerTextsAsync();
        Assert.DoesNotContain("0", events);
        Assert.Contains("31 Dec 2013", await page.InnerTextAsync("#matrix-title"), StringComparison.Ordinal);
        await Screenshot(page, "matrix-icews-2013.png");
    }

    [Fact]
    public async Task Dashboard_UsaChinaUngaOverlay_DrawsTheYearsBothCover()
    {
        var page = await NewPage();
        await page.GotoAsync($"{browser.Server.Address}#/pair/USA-CHN");
        await page.Locator("#timeline:not([data-points='0'])").WaitForAsync();

        await page.CheckAsync("#unga-toggle");

        var overlay = page.Locator("#unga-chart:not([data-points='0'])");
        await overlay.WaitForAsync();
        // USA-CHN has event rows in the fixtures, so it is read from them, not from its counts; the UN
        // file covers every one of those years.
        var years = TestStore.PairEvents("USA", "CHN").Select(e => e.Date.Year).Distinct().Count();
        Assert.Equal(years.ToString(System.Globalization.CultureInfo.InvariantCulture), await overlay.GetAttributeAsync("data-points"));
        await Screenshot(page, "unga-overlay.png");
    }

    private async Task<IPage> NewPage()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1100 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    private static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(DashboardBrowserTests.Artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardBrowserTests.Artifacts, name), FullPage = true });
    }
}

/// <summary>The event fixtures plus the six countries' ICEWS dyad-years in one store, served on a loopback port.</summary>
public sealed class AggregatesBrowserFixture() : BrowserFixture([.. TestStore.Files, TestStore.Fixture("aggregates/icews-dyad-year-six.csv.gz")]);
