namespace Portal.E2ETests;

/// <summary>
/// A running portal and a headless Debian Chromium driven by Playwright (its own browser download cannot work
/// offline, so the system browser is used: PORTAL_CHROMIUM, default /usr/bin/chromium).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public PortalAppFactory Portal { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>
    /// Every journey's expect timeout unless its class raises it for itself (and resets it when done). The setting is
    /// static: set only by some classes, a journey's timeout would depend on which class happened to run before it
    /// (Playwright's default is 5 s, too short for a cold start on a shared machine).
    /// </summary>
    public const float ExpectTimeout = 15_000;

    public static void ResetExpectTimeout() => Assertions.SetDefaultExpectTimeout(ExpectTimeout);

    public async Task InitializeAsync()
    {
        ResetExpectTimeout();
        _ = Portal.RootUri;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser context (own cookies) with one page on the portal.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.RootUri.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
        return page;
    }

    /// <summary>Browser console errors of every page (e.g. Content-Security-Policy violations).</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> ConsoleErrors { get; } = [];

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
