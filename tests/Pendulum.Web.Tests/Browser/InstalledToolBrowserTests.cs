using System.Diagnostics;
using Microsoft.Playwright;

namespace Pendulum.Web.Tests.Browser;

/// <summary>
/// The dashboard as a user gets it: <c>pendulum serve</c> of the installed dotnet tool (no checkout, no Node.js), over
/// the store that <c>pendulum demo</c> built in an empty folder. scripts/test.sh (through scripts/tool-check.sh) packs
/// and installs the tool and names it in <c>PENDULUM_INSTALLED_TOOL</c> and the folder in <c>PENDULUM_INSTALLED_DEMO</c>;
/// without them the test is skipped.
/// </summary>
public sealed class InstalledToolBrowserTests
{
    [Fact]
    public async Task InstalledTool_ServeTheDemoStore_DashboardLoadsAndDrawsUsaChina()
    {
        var tool = Environment.GetEnvironmentVariable("PENDULUM_INSTALLED_TOOL");
        var folder = Environment.GetEnvironmentVariable("PENDULUM_INSTALLED_DEMO");
        if (string.IsNullOrEmpty(tool) || string.IsNullOrEmpty(folder))
            Assert.Skip("no installed tool: scripts/test.sh packs and installs it (PENDULUM_INSTALLED_TOOL, PENDULUM_INSTALLED_DEMO)");

        // Given the installed tool serving the demo's store from the demo's folder, on a free port
        var info = new ProcessStartInfo(tool) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "serve", "--port", "0" })
            info.ArgumentList.Add(arg);
        using var server = Process.Start(info)!;
        try
        {
            var line = await server.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken).AsTask()
                .WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            Assert.NotNull(line);
            Assert.StartsWith("Pendulum dashboard: http://127.0.0.1:", line, StringComparison.Ordinal);
            var address = line["Pendulum dashboard: ".Length..];

            // When Chromium opens the US-China timeline
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1100 } });
            page.SetDefaultTimeout(30_000);
            await page.GotoAsync($"{address}#/pair/USA-CHN?freq=year");

            // Then the bundled page loads and draws the demo's pair, one point per year of the record at least
            var timeline = page.Locator("#timeline[data-pair='USA-CHN']:not([data-points='0'])");
            await timeline.WaitForAsync();
            Assert.True(int.Parse((await timeline.GetAttributeAsync("data-points"))!, System.Globalization.CultureInfo.InvariantCulture) >= 38);
            Directory.CreateDirectory(DashboardBrowserTests.Artifacts);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardBrowserTests.Artifacts, "installed-tool.png"), FullPage = true });
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(CancellationToken.None);
        }
    }
}
