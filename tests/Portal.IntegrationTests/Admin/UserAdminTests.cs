using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Admin;
using Portal.Features.Admin.Users;
using Portal.Security;

namespace Portal.IntegrationTests.Admin;

public sealed class UserAdminTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private const string Admin = "admin@sandbox.local";

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
        using var client = portal.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(client, created.Email, created.Password);

        var negotiate = await client.PostAsync("_blazor/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Forbidden, negotiate.StatusCode);
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

    [Fact]
    public async Task Update_RolesAndDealerships_AreReplacedAndStampRenewed()
    {
        var created = await CreateAsync("roles@dealer.test", PortalRoles.DealerManager);
        var stampBefore = (await FindAsync(created.Email)).SecurityStamp;
        var input = new UserInput { Email = created.Email, DisplayName = "Renamed", Roles = [PortalRoles.Compliance, PortalRoles.Auditor], DealershipIds = [] };

        await portal.Factory.AsAsync<UserAdminService>(Admin, s => s.UpdateAsync(created.UserId, input));

        var row = (await portal.Factory.AsAsync<UserAdminService, IReadOnlyList<UserRow>>(Admin, s => s.ListAsync())).Single(u => u.Id == created.UserId);
        Assert.Equal([PortalRoles.Auditor, PortalRoles.Compliance], row.Roles);
        Assert.Empty(row.Dealerships);
        Assert.Equal("Renamed", row.DisplayName);
        Assert.NotEqual(stampBefore, (await FindAsync(created.Email)).SecurityStamp);
    }

    [Fact]
    public async Task Create_DuplicateEmail_IsRefused()
    {
        var error = await Assert.ThrowsAsync<AdminRuleException>(() => CreateAsync("MANAGER@sandbox.local", PortalRoles.Auditor));

        Assert.Contains("already exists", error.Message);
    }

    [Fact]
    public async Task Disable_User_CannotSignInAndServicesRefuseAtOnce()
    {
        var created = await CreateAsync("to.disable@dealer.test", PortalRoles.Admin);
        await using var stillOpen = await portal.Factory.ActAsAsync(created.Email);

        await portal.Factory.AsAsync<UserAccountActions>(Admin, s => s.SetDisabledAsync(created.UserId, true));

        await Assert.ThrowsAsync<AccessDeniedException>(() => stillOpen.ServiceProvider.GetRequiredService<UserAdminService>().ListAsync());
        using var client = portal.Factory.CreateLoopbackClient();
        var signIn = await SignInHelper.SignInAsync(client, created.Email, created.Password);
        Assert.Contains("This account is disabled", await signIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Disable_Self_IsRefused()
    {
        var me = await FindAsync(Admin);

        await Assert.ThrowsAsync<AdminRuleException>(() => portal.Factory.AsAsync<UserAccountActions>(Admin, s => s.SetDisabledAsync(me.Id, true)));
    }

    [Fact]
    public async Task ResetPassword_User_OldPasswordStopsAndNewOneMustBeChanged()
    {
        var created = await CreateAsync("reset@dealer.test", PortalRoles.Auditor);
        using var first = portal.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(first, created.Email, created.Password);
        await ChangePasswordAsync(first, created.Password, "Chosen-Password-2026");

        var reset = await portal.Factory.AsAsync<UserAccountActions, TemporaryPassword>(Admin, s => s.ResetPasswordAsync(created.UserId));

        using var client = portal.Factory.CreateLoopbackClient();
        Assert.Equal(HttpStatusCode.OK, (await SignInHelper.SignInAsync(client, created.Email, "Chosen-Password-2026")).StatusCode);
        await SignInHelper.SignInOrThrowAsync(client, created.Email, reset.Password);
        Assert.StartsWith("/account/change-password", (await client.GetAsync("")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unlock_LockedOutUser_CanSignInAgain()
    {
        var created = await CreateAsync("locked@dealer.test", PortalRoles.Auditor);
        using var client = portal.Factory.CreateLoopbackClient();
        for (var i = 0; i < 5; i++)
        {
            await SignInHelper.SignInAsync(client, created.Email, "wrong-" + i);
        }
        Assert.Contains(await ListRowAsync(created.UserId), r => r.IsLockedOut);

        await portal.Factory.AsAsync<UserAccountActions>(Admin, s => s.UnlockAsync(created.UserId));

        Assert.DoesNotContain(await ListRowAsync(created.UserId), r => r.IsLockedOut);
        await SignInHelper.SignInOrThrowAsync(client, created.Email, created.Password);
    }

    private async Task<TemporaryPassword> CreateAsync(string email, string role) =>
        await portal.Factory.AsAsync<UserAdminService, TemporaryPassword>(Admin, s => s.CreateAsync(new UserInput
        {
            Email = email, DisplayName = email.Split('@')[0], Roles = [role], DealershipIds = [1],
        }));

    private async Task<IEnumerable<UserRow>> ListRowAsync(string userId) =>
        (await portal.Factory.AsAsync<UserAdminService, IReadOnlyList<UserRow>>(Admin, s => s.ListAsync())).Where(u => u.Id == userId);

    private async Task<PortalUser> FindAsync(string email)
    {
        using var scope = portal.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException(email);
    }

    internal static async Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string next)
    {
        var form = await client.GetStringAsync("account/change-password");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = SignInHelper.AntiforgeryTokenOf(form),
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });
        return await client.PostAsync("account/change-password", content);
    }
}
