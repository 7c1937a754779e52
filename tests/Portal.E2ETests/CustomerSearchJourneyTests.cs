using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.E2ETests.Pages;
using Portal.Sandbox;
using Portal.Sandbox.People;

namespace Portal.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class CustomerSearchJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private SandboxPerson _person = null!;

    public async Task InitializeAsync()
    {
        await SandboxIndex.FillAsync(fixture.Portal);
        var population = fixture.Portal.Services.GetRequiredService<SandboxPopulation>();
        // Someone held by Walcu and at least one other vendor, with a surname nobody else has.
        _person = Enumerable.Range(0, population.Size).Select(population.Person)
            .First(p => population.VendorsOf(p.Index).Count >= 3 && population.Holds(p.Index, SandboxVendor.Walcu)
                && Enumerable.Range(0, population.Size).Count(i => population.Person(i).LastName == p.LastName) == 1
                && population.VendorsOf(p.Index).All(v => population.View(p, v) is { Variations.Count: 0 }));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Search_TypeName_SeesPersonGroupedAcrossSourcesAndOpensThem()
    {
        var page = await SignedInAsync();
        var search = new CustomerSearchPage(page);
        await search.OpenAsync();

        await search.SearchBox.PressSequentiallyAsync(_person.LastName, new() { Delay = 40 });
        await Assertions.Expect(search.SearchBox).ToHaveValueAsync(_person.LastName); // no keystroke lost

        var row = search.Results.GetByRole(AriaRole.Row).Filter(new() { HasText = _person.LastName });
        try
        {
            await Assertions.Expect(row).ToHaveCountAsync(1);
        }
        catch (PlaywrightException)
        {
            await BrowserFixture.ScreenshotAsync(page, "customers-search-typed-failed");
            throw;
        }
        await Assertions.Expect(row.GetByText("Walcu CRM")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"q={_person.LastName}"));
        await BrowserFixture.ScreenshotAsync(page, "customers-search-typed");

        // The link leads to the customer page, /customers/{personId} (Blazor navigates there inside the circuit).
        await row.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/customers/\d+$"));
    }

    [Fact]
    public async Task Search_FiltersAndSort_LiveInUrlAndSurviveReload()
    {
        var page = await SignedInAsync();
        var search = new CustomerSearchPage(page);
        await search.OpenAsync();
        await search.SearchBox.FillAsync(_person.LastName[..3]);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"q={_person.LastName[..3]}"));

        await search.Source("Walcu CRM").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("source=walcu"));
        await search.ChooseSortAsync("Most recent activity", "RecentActivity");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sort=recent"));
        var shown = await search.ResultLinks.AllInnerTextsAsync();
        await BrowserFixture.ScreenshotAsync(page, "customers-search-filtered");

        await page.ReloadAsync();
        await search.OpenAsync(new Uri(page.Url).Query);

        await Assertions.Expect(search.SearchBox).ToHaveValueAsync(_person.LastName[..3]);
        await Assertions.Expect(search.Source("Walcu CRM")).ToBeCheckedAsync();
        await Assertions.Expect(search.SortBy).ToContainTextAsync("Most recent activity");
        await Assertions.Expect(search.ResultLinks).ToHaveTextAsync(shown.ToArray());
        await BrowserFixture.ScreenshotAsync(page, "customers-search-reloaded");
    }

    [Fact]
    public async Task LiveSearch_OneVendorFailing_IsNamedWhileTheOthersAnswer()
    {
        var sandbox = new SandboxControl(fixture.Portal);
        await sandbox.SetFaultsAsync("guardant", new FaultSettings { ErrorRate = 1, ErrorStatus = 503 });
        try
        {
            var page = await SignedInAsync();
            var search = new CustomerSearchPage(page);
            await search.OpenAsync("?q=" + Uri.EscapeDataString(_person.LastName));

            await search.LiveButton.ClickAsync();

            await Assertions.Expect(search.LiveAnswer("Guardant (sandbox)").GetByRole(AriaRole.Alert)).ToContainTextAsync("could not be searched: server error (HTTP 503)");
            await Assertions.Expect(search.LiveAnswer("Walcu CRM (sandbox)")).ToContainTextAsync(_person.LastName);
            await Assertions.Expect(search.LiveAnswer("Drivly (sandbox)")).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, "customers-live-one-failing");
        }
        finally
        {
            await sandbox.ClearFaultsAsync("guardant");
        }
    }

    /// <summary>
    /// The router focuses the h1 after the first interactive render; arriving late, after the box was enabled, it took
    /// the keys being typed (the box kept "L" of "Lopez"). The circuit lags exactly there, so the late focus always
    /// meets the typing: the page is ready once the box has the focus back, and no key is lost.
    /// </summary>
    [Fact]
    public async Task Search_RouterFocusArrivesLate_TypingStillReachesTheBox()
    {
        var page = await SignedInAsync();
        await SocketLag.HoldFromAsync(page, "focusBySelector", TimeSpan.FromMilliseconds(600));
        var search = new CustomerSearchPage(page);
        await search.OpenAsync();

        await search.SearchBox.PressSequentiallyAsync(_person.LastName, new() { Delay = 100 });

        await Assertions.Expect(search.SearchBox).ToHaveValueAsync(_person.LastName);
        await Assertions.Expect(search.SearchBox).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"q={_person.LastName}$"));
    }

    private async Task<IPage> SignedInAsync()
    {
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsync("manager@sandbox.local", PortalAppFactory.DemoPassword);
        await Assertions.Expect(new ShellPage(page).SignedInUser).ToBeVisibleAsync();
        return page;
    }
}
