using System.Text.RegularExpressions;
using Portal.E2ETests.Pages;
using Portal.TestSupport.Processes;

namespace Portal.E2ETests;

/// <summary>
/// The browser loses the network (offline emulation, plus a relay that drops the circuit's WebSocket, which offline
/// emulation leaves open): back within the circuit's retention it carries on where it was; back after it (4 minutes
/// against the default 3; here a 2-second retention) the page reloads by itself into a fresh, signed-in circuit.
/// </summary>
public sealed class ReconnectTests : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
    }

    [Fact]
    public async Task Offline10Seconds_ComesBackToTheSameCircuitAndState()
    {
        await using var portal = new PortalAppFactory();
        var (page, network, search) = await OpenSearchAsync(portal);

        await CutAsync(page, network, TimeSpan.FromSeconds(10));

        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeHiddenAsync(new() { Timeout = 30_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__beforeCut === true"), "the page was reloaded");
        await Assertions.Expect(search.SearchBox).ToHaveValueAsync("Foster");
        await search.SearchBox.FillAsync("Fosters");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=Fosters")); // the same circuit answers
        await page.Context.CloseAsync(); // before the portal stops, so no circuit outlives its host
        network.Dispose();
    }

    [Fact]
    public async Task OfflineLongerThanTheCircuitIsKept_ReloadsCleanlySignedIn()
    {
        await using var portal = new PortalAppFactory().With("Circuits:DisconnectedCircuitRetentionPeriod", "00:00:02");
        var (page, network, search) = await OpenSearchAsync(portal);

        await CutAsync(page, network, TimeSpan.FromSeconds(8));

        await page.WaitForFunctionAsync("() => window.__beforeCut === undefined", null, new() { Timeout = 30_000 });
        await new ShellPage(page).WaitForCircuitAsync();
        await Assertions.Expect(new ShellPage(page).SignedInUser).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeHiddenAsync();
        await Assertions.Expect(search.SearchBox).ToHaveValueAsync("Foster"); // the query is in the address
        await search.SearchBox.FillAsync("Fosters");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=Fosters")); // a fresh circuit answers
        await page.Context.CloseAsync(); // before the portal stops, so no circuit outlives its host
        network.Dispose();
    }

    private async Task<(IPage Page, NetworkCut Network, CustomerSearchPage Search)> OpenSearchAsync(PortalAppFactory portal)
    {
        var network = new NetworkCut(portal.RootUri);
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = network.Root.ToString() });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await new SignInPage(page).SignInAsync("manager@sandbox.local", PortalAppFactory.DemoPassword);
        var search = new CustomerSearchPage(page);
        await search.OpenAsync();
        await search.SearchBox.FillAsync("Foster");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=Foster"));
        await page.EvaluateAsync("() => { window.__beforeCut = true; }");
        return (page, network, search);
    }

    /// <summary>Offline for <paramref name="duration"/>: the reconnect dialog shows meanwhile.</summary>
    private static async Task CutAsync(IPage page, NetworkCut network, TimeSpan duration)
    {
        await page.Context.SetOfflineAsync(true);
        network.Cut();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Connection lost", new() { Timeout = 20_000 });
        await Task.Delay(duration);
        network.Restore();
        await page.Context.SetOfflineAsync(false);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
