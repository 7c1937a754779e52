using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Admin;
using Portal.Features.Admin.Users;
using Portal.Security;

namespace Portal.IntegrationTests.Admin;

public sealed class UserAdminTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private const string Admin = AdminTestUsers.Admin;

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
        await AdminTestUsers.ChangePasswordAsync(first, created.Password, "Chosen-Password-2026");

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

    private Task<TemporaryPassword> CreateAsync(string email, string role) => AdminTestUsers.CreateAsync(portal.Factory, email, role);

    private Task<PortalUser> FindAsync(string email) => AdminTestUsers.FindAsync(portal.Factory, email);

    private async Task<IEnumerable<UserRow>> ListRowAsync(string userId) =>
        (await portal.Factory.AsAsync<UserAdminService, IReadOnlyList<UserRow>>(AdminTestUsers.Admin, s => s.ListAsync())).Where(u => u.Id == userId);
}
