using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Admin.Users;
using Portal.Security;

namespace Portal.IntegrationTests.Admin;

/// <summary>A temporary password holds its user on the change-password page, on the server, until it is changed.</summary>
public sealed class MustChangePasswordTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    [Fact]
    public async Task Create_NewUser_TemporaryPasswordWorksOnceAndMustBeChanged()
    {
        var created = await CreateAsync("new.manager@dealer.test", PortalRoles.DealerManager);
        using var client = portal.Factory.CreateLoopbackClient();

        await SignInHelper.SignInOrThrowAsync(client, created.Email, created.Password);
        var home = await client.GetAsync("");
        var admin = await client.GetAsync("admin/users");

        Assert.Equal("/account/change-password?returnUrl=%2F", home.Headers.Location?.OriginalString);
        Assert.Equal("/account/change-password?returnUrl=%2Fadmin%2Fusers", admin.Headers.Location?.OriginalString);
        var user = await FindAsync(created.Email);
        Assert.True(user.MustChangePassword);
        Assert.NotNull(user.LastSignInUtc);
    }

    [Fact]
    public async Task Circuit_UserWithTemporaryPassword_CannotOpenOne()
    {
        var created = await CreateAsync("no.circuit@dealer.test", PortalRoles.DealerManager);
        using var held = portal.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(held, created.Email, created.Password);
        using var normal = portal.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(normal, "manager@sandbox.local", PortalAppFactory.DemoPassword);

        var refused = await held.PostAsync("_blazor/negotiate?negotiateVersion=1", null);
        var allowed = await normal.PostAsync("_blazor/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.False(refused.IsSuccessStatusCode, $"negotiate answered {refused.StatusCode}");
    }

    [Fact]
    public async Task ChangePassword_TemporaryPassword_UnlocksThePortal()
    {
        var created = await CreateAsync("changer@dealer.test", PortalRoles.DealerManager);
        using var client = portal.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(client, created.Email, created.Password);

        var response = await ChangePasswordAsync(client, created.Password, "My-Own-Password-2026");
        var home = await client.GetAsync("");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.False((await FindAsync(created.Email)).MustChangePassword);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_ShowsProblemAndKeepsTheGate()
    {
        var created = await CreateAsync("wrong.current@dealer.test", PortalRoles.Auditor);
        using var client = portal.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(client, created.Email, created.Password);

        var response = await ChangePasswordAsync(client, "not-the-password", "My-Own-Password-2026");

        Assert.Contains("The current password is not right.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task Service_UserWithTemporaryPassword_HasNoRoleUntilChanged()
    {
        var created = await CreateAsync("temp.admin@dealer.test", PortalRoles.Admin);

        await using var scope = await portal.Factory.ActAsAsync(created.Email);

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<UserAdminService>().ListAsync());
    }

    private Task<TemporaryPassword> CreateAsync(string email, string role) => AdminTestUsers.CreateAsync(portal.Factory, email, role);

    private Task<Portal.Data.PortalUser> FindAsync(string email) => AdminTestUsers.FindAsync(portal.Factory, email);

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string next) =>
        AdminTestUsers.ChangePasswordAsync(client, current, next);
}
