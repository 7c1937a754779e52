using System.Diagnostics;
using Portal.TestSupport.Processes;

namespace Portal.E2ETests.Restart;

/// <summary>
/// For the kill tests: the vendors in their own long-lived process (their state and request log survive every kill of
/// a portal) and a headless Chromium. Each test starts its own <see cref="PortalProcess"/> against these vendors.
/// </summary>
public sealed class RestartFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public SandboxProcess Vendors { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Vendors = await SandboxProcess.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
    }

    /// <summary>A fresh browser context (own cookies) with one page on the portal process.</summary>
    public async Task<IPage> NewPageAsync(PortalProcess portal)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.Root.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>Polls <paramref name="condition"/> every 100 ms until true; fails with <paramref name="what"/> after the limit.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(seconds), $"Timed out after {seconds} s waiting for {what}.");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// SIGKILLs the portal and starts it again on the same port; the open page finds its circuit gone and reloads by
    /// itself (wwwroot/js/reconnect.js), as a user's page would.
    /// </summary>
    public static async Task KillAndRestartAsync(PortalProcess portal, IPage page)
    {
        await page.EvaluateAsync("() => { window.__beforeKill = true; }");
        portal.Kill();
        await portal.StartAsync();
        await page.WaitForFunctionAsync("() => window.__beforeKill === undefined", null, new() { Timeout = 90_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        Vendors?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class RestartCollection : ICollectionFixture<RestartFixture>
{
    public const string Name = "restart";
}
