using System.Net;
using Portal.Hosting;

namespace Portal.IntegrationTests.Foundation;

public sealed class SignInTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    [Fact]
    public async Task SignIn_DemoAccount_RedirectsHomeAndHomeLoads()
    {
        using var client = portal.Factory.CreateLoopbackClient();

        await SignInHelper.SignInOrThrowAsync(client, "manager@sandbox.local", PortalAppFactory.DemoPassword);
        var home = await client.GetAsync("");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Morgan Manager", await home.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndNoCookie()
    {
        using var client = portal.Factory.CreateLoopbackClient();

        var response = await SignInHelper.SignInAsync(client, "auditor@sandbox.local", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is not right.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccount()
    {
        using var client = portal.Factory.CreateLoopbackClient();
        const string email = "compliance@sandbox.local";
        for (var i = 0; i < 5; i++)
        {
            await SignInHelper.SignInAsync(client, email, "wrong-" + i);
        }

        var response = await SignInHelper.SignInAsync(client, email, PortalAppFactory.DemoPassword);

        Assert.Contains("locked", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void DemoAccounts_OneForEachRole() =>
        Assert.Equal(Portal.Security.PortalRoles.All.Order(), SandboxDemoAccounts.Accounts.Select(a => a.Role).Order());
}
