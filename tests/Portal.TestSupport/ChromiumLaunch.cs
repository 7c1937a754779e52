using Microsoft.Playwright;

namespace Portal.TestSupport;

/// <summary>
/// How the browser tests and the benchmark start Chromium: Debian's system browser (Playwright's own download cannot
/// work offline), PORTAL_CHROMIUM or /usr/bin/chromium, headless, without background traffic.
/// </summary>
public static class ChromiumLaunch
{
    public static BrowserTypeLaunchOptions Options => new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") ?? "/usr/bin/chromium",
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ],
    };
}
