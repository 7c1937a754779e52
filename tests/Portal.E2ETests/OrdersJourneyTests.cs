using System.Text.RegularExpressions;
using Portal.E2ETests.Pages;

namespace Portal.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class OrdersJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(20_000); // the dealership-wide list asks every Guardant customer
        await SandboxIndex.FillAsync(fixture.Portal);
    }

    public Task DisposeAsync()
    {
        BrowserFixture.ResetExpectTimeout();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Orders_OpenCustomersOrders_FilterToRevoked_Export()
    {
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsync("manager@sandbox.local", PortalAppFactory.DemoPassword);
        await Assertions.Expect(new ShellPage(page).SignedInUser).ToBeVisibleAsync();
        // Opened by address: the navigation menu's links are covered by the sign-in journey.
        var orders = new OrdersPage(page);
        await orders.OpenAsync();
        await Assertions.Expect(orders.Heading).ToBeVisibleAsync();
        await Assertions.Expect(orders.Rows).ToHaveCountAsync(25);
        await Assertions.Expect(orders.ChartSummary).ToContainTextAsync("Revoked");
        await BrowserFixture.ScreenshotAsync(page, "orders-page");

        // Revoked across the dealership, then one customer's orders through the customer filter (the row's link).
        await orders.Status("Revoked").ClickAsync();
        await orders.ApplyButton.ClickAsync();
        await Assertions.Expect(orders.Rows.Filter(new() { HasNotText = "Revoked" })).ToHaveCountAsync(0);
        var customer = await orders.CustomerLinks.First.InnerTextAsync();
        await orders.CustomerLinks.First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"orders\?person=\d+"));
        await Assertions.Expect(orders.Filter).ToContainTextAsync(customer);
        await Assertions.Expect(orders.Rows.Filter(new() { HasNotText = customer })).ToHaveCountAsync(0);

        await orders.Status("Revoked").ClickAsync();
        await orders.ApplyButton.ClickAsync();
        await Assertions.Expect(orders.Rows.Filter(new() { HasText = "Revoked" }).First).ToBeVisibleAsync();
        await Assertions.Expect(orders.Rows.Filter(new() { HasNotText = "Revoked" })).ToHaveCountAsync(0);
        await Assertions.Expect(orders.ExportLink).ToHaveAttributeAsync("href", new Regex(@"status=Revoked&person=\d+"));
        await BrowserFixture.ScreenshotAsync(page, "orders-customer-revoked");

        var download = await page.RunAndWaitForDownloadAsync(() => orders.ExportLink.ClickAsync());
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, "orders-export.csv");
        await download.SaveAsAsync(path);
        var lines = (await File.ReadAllLinesAsync(path)).Skip(1).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains(",Revoked,", l));
        Assert.All(lines, l => Assert.Contains(customer, l));

        await orders.Rows.First.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Details of") }).ClickAsync();
        await Assertions.Expect(orders.Drawer.GetByRole(AriaRole.Table, new() { Name = "Every field of the vendor's record" })).ToContainTextAsync("_id");
        await BrowserFixture.ScreenshotAsync(page, "orders-detail-drawer");
    }
}
