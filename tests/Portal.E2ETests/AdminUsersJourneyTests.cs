using System.Text.RegularExpressions;
using Portal.E2ETests.Pages;
using Portal.Hosting;
using Portal.Security;

namespace Portal.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class AdminUsersJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CreateUser_NewManagerSignsIn_ChangesPasswordAndSeesOnlyManagerPages()
    {
        // An admin creates a dealer manager for the demo dealership and reads the temporary password once.
        var admin = await fixture.NewPageAsync();
        await new SignInPage(admin).SignInAsync("admin@sandbox.local", PortalAppFactory.DemoPassword);
        var users = new UsersPage(admin);
        await users.OpenAsync();
        await BrowserFixture.ScreenshotAsync(admin, "admin-users");
        await users.AddUserAsync("robin.manager@dealer.test", "Robin Manager", "Dealer manager (customers, orders)", SandboxDemoAccounts.DealershipName);
        await BrowserFixture.ScreenshotAsync(admin, "admin-users-add");
        await users.SubmitAsync();
        await Assertions.Expect(users.TemporaryPassword).ToBeVisibleAsync();
        var password = (await users.TemporaryPassword.InnerTextAsync()).Trim();
        await BrowserFixture.ScreenshotAsync(admin, "admin-users-temporary-password");
        await users.DoneAsync();
        await Assertions.Expect(users.Dialog).ToHaveCountAsync(0);
        await Assertions.Expect(admin.GetByText(password)).ToHaveCountAsync(0);
        await Assertions.Expect(users.Row("robin.manager@dealer.test")).ToContainTextAsync("Temporary password");

        // The new user signs in with it and is held on the change-password page until they choose their own.
        var robin = await fixture.NewPageAsync();
        await new SignInPage(robin).SignInAsync("robin.manager@dealer.test", password);
        await Assertions.Expect(robin).ToHaveURLAsync(new Regex("/account/change-password"));
        var change = new ChangePasswordPage(robin);
        await Assertions.Expect(change.Notice).ToContainTextAsync("temporary password");
        await robin.GotoAsync("");
        await Assertions.Expect(robin).ToHaveURLAsync(new Regex("/account/change-password"));
        await BrowserFixture.ScreenshotAsync(robin, "change-password-required");
        await change.ChangeAsync(password, "Robins-Own-Password-7");

        // Then they see exactly what a dealer manager may open, and admin pages are refused.
        var shell = new ShellPage(robin);
        await Assertions.Expect(shell.SignedInUser).ToContainTextAsync("Robin Manager");
        var allowed = Portal.Components.Layout.NavCatalog.For(r => r == PortalRoles.DealerManager).Select(i => i.Text).Append("Home");
        Assert.Equal(allowed.Order(), (await shell.NavigationTextsAsync()).Order());
        await Assertions.Expect(robin.GetByText(SandboxDemoAccounts.DealershipName)).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(robin, "home-new-manager");
        await robin.GotoAsync("admin/users");
        await Assertions.Expect(robin.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();

        // The admin disables Robin after confirming.
        await admin.GetByRole(AriaRole.Button, new() { Name = "Disable: robin.manager@dealer.test" }).ClickAsync();
        await users.Confirmation.GetByRole(AriaRole.Button, new() { Name = "Disable", Exact = true }).ClickAsync();
        await Assertions.Expect(users.Row("robin.manager@dealer.test")).ToContainTextAsync("Disabled");
        await BrowserFixture.ScreenshotAsync(admin, "admin-users-disabled");
    }

    [Fact]
    public async Task Dealerships_Admin_AddsOneAndSeesItListed()
    {
        var admin = await fixture.NewPageAsync();
        await new SignInPage(admin).SignInAsync("admin@sandbox.local", PortalAppFactory.DemoPassword);
        await admin.GotoAsync("admin/dealerships");
        await new ShellPage(admin).WaitForCircuitAsync();
        await admin.GetByRole(AriaRole.Heading, new() { Name = "Dealerships" }).WaitForAsync();

        await admin.GetByRole(AriaRole.Button, new() { Name = "Add dealership" }).ClickAsync();
        var dialog = admin.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Name").FillAsync("Lakeside Auto");
        await BrowserFixture.ScreenshotAsync(admin, "admin-dealerships-add");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create dealership" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "Lakeside Auto" })).ToContainTextAsync("UTC");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = SandboxDemoAccounts.DealershipName }))
            .ToContainTextAsync("Morgan Manager");
        await BrowserFixture.ScreenshotAsync(admin, "admin-dealerships");
    }
}
