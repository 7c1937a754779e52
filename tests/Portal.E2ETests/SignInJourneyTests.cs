using System.Text.RegularExpressions;
using Portal.E2ETests.Pages;
using Portal.Security;

namespace Portal.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(BrowserFixture fixture)
{
    public static TheoryData<string, string> Accounts => new()
    {
        { "admin@sandbox.local", PortalRoles.Admin },
        { "manager@sandbox.local", PortalRoles.DealerManager },
        { "compliance@sandbox.local", PortalRoles.Compliance },
        { "auditor@sandbox.local", PortalRoles.Auditor },
    };

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndStaysOnSignIn()
    {
        var page = await fixture.NewPageAsync();
        var signIn = new SignInPage(page);

        await signIn.SignInAsync("manager@sandbox.local", "definitely-wrong");

        await Assertions.Expect(signIn.Error).ToContainTextAsync("email or password is not right");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/signin"));
        await BrowserFixture.ScreenshotAsync(page, "signin-error");
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task SignIn_DemoAccount_SeesOnlyItsNavigation(string email, string role)
    {
        var page = await fixture.NewPageAsync();

        await new SignInPage(page).SignInAsync(email, PortalAppFactory.DemoPassword);

        var shell = new ShellPage(page);
        await Assertions.Expect(shell.SignedInUser).ToBeVisibleAsync();
        var texts = await shell.NavigationTextsAsync();
        // Exactly the entries the policy table grants this role among the pages this build has.
        var allowed = Portal.Components.Layout.NavCatalog.For(r => r == role);
        var expected = allowed.Select(i => i.Text).Concat(allowed.Select(i => i.Group).OfType<string>().Distinct()).Append("Home");
        Assert.Equal(expected.Order(), texts.Order());
        await BrowserFixture.ScreenshotAsync(page, $"home-{role.ToLowerInvariant()}");
    }

    [Fact]
    public async Task SignOut_SignedIn_ReturnsToSignInAndHomeIsClosed()
    {
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsync("auditor@sandbox.local", PortalAppFactory.DemoPassword);
        var shell = new ShellPage(page);
        await Assertions.Expect(shell.SignedInUser).ToBeVisibleAsync();

        await shell.SignOutButton.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/signin"));
        await page.GotoAsync("");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/signin"));
    }

    [Fact]
    public async Task Circuit_ClickSidebarToggle_ChangesPageWithoutReload()
    {
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsync("admin@sandbox.local", PortalAppFactory.DemoPassword);
        var shell = new ShellPage(page);
        await shell.WaitForCircuitAsync();
        await page.EvaluateAsync("() => window.__noReload = true");
        var sidebar = page.Locator(".rz-sidebar");
        await Assertions.Expect(sidebar).ToHaveClassAsync(new Regex("rz-sidebar-expanded"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" }).ClickAsync();

        await Assertions.Expect(sidebar).ToHaveClassAsync(new Regex("rz-sidebar-collapsed"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));
        Assert.DoesNotContain(fixture.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
