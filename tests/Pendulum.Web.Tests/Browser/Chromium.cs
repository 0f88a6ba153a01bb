using Microsoft.Playwright;

namespace Pendulum.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium, never a browser Playwright would download (nothing can be downloaded here). The flags keep it
/// from reaching for the network at start; Playwright gives it a fresh profile each launch.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium package (scripts/test.sh does).");
        return new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        };
    }
}
