using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.E2ETests.Pages;
using Portal.Sandbox.People;

namespace Portal.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class CustomerProfileJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private SandboxPerson _person = null!;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(45_000); // live reads of five vendors on a shared two-core machine under load
        await SandboxIndex.FillAsync(fixture.Portal);
        var population = fixture.Portal.Services.GetRequiredService<SandboxPopulation>();
        // Someone in Walcu and Drivly (who keeps sensitive values), with a surname nobody else has; the last such, so
        // the search journey (which takes the first) never edits the same person.
        _person = Enumerable.Range(0, population.Size).Select(population.Person)
            .Last(p => population.Holds(p.Index, SandboxVendor.Walcu) && population.Holds(p.Index, SandboxVendor.Drivly)
                && Enumerable.Range(0, population.Size).Count(i => population.Person(i).LastName == p.LastName) == 1
                && population.VendorsOf(p.Index).All(v => population.View(p, v) is { Variations.Count: 0 }));
    }

    public Task DisposeAsync()
    {
        BrowserFixture.ResetExpectTimeout();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Customer_OpenFromSearch_RevealWithReason_EditEmail_SavedAndAudited()
    {
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsync("manager@sandbox.local", PortalAppFactory.DemoPassword);
        var search = new CustomerSearchPage(page);
        await search.OpenAsync("?q=" + Uri.EscapeDataString(_person.LastName));
        await search.Results.GetByRole(AriaRole.Link).Filter(new() { HasText = _person.LastName }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/customers/\d+$"));
        var customer = new CustomerProfilePage(page);
        try
        {
            await Assertions.Expect(customer.Live("Drivly")).ToBeVisibleAsync();
            await Assertions.Expect(customer.Live("Walcu CRM")).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, "customer-page-opened");

            await customer.RevealButton("Drivly").ClickAsync();
            await customer.RevealReason.FillAsync("Customer at the desk asked to check their details");
            await customer.ConfirmReveal.ClickAsync();
            await Assertions.Expect(customer.Panel("Drivly").GetByText("Revealed; masked again at")).ToBeVisibleAsync();

            var email = $"{_person.LastName.ToLowerInvariant()}.edited@example.com";
            await customer.EditFieldAsync("Walcu CRM", "Email", email);

            await Assertions.Expect(customer.Panel("Walcu CRM").GetByText("Saved to Walcu CRM")).ToBeVisibleAsync();
            await Assertions.Expect(customer.Panel("Walcu CRM").GetByRole(AriaRole.Table).First).ToContainTextAsync(email);
            await Assertions.Expect(customer.AuditEntries).ToContainTextAsync("customer.updated");
            await Assertions.Expect(customer.AuditEntries).ToContainTextAsync("customer.pii.revealed");
            await Assertions.Expect(customer.AuditEntries).ToContainTextAsync("Customer at the desk asked to check their details");
            await BrowserFixture.ScreenshotAsync(page, "customer-page-saved");
        }
        catch (PlaywrightException)
        {
            await BrowserFixture.ScreenshotAsync(page, "customer-page-failed");
            throw;
        }
    }
}
