using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Admin;
using Portal.Features.Admin.Users;
using Portal.Security;

namespace Portal.IntegrationTests.Admin;

/// <summary>A portal without sandbox accounts: the bootstrap admin is the only admin until a test makes another.</summary>
public sealed class LastAdminTests : IDisposable
{
    private readonly PortalAppFactory _factory = new PortalAppFactory().With("Sandbox:Enabled", "false");

    [Fact]
    public async Task Update_RemoveAdminRoleOfLastAdmin_IsRefused()
    {
        var admin = await FindAsync(PortalAppFactory.AdminEmail);
        var input = new UserInput { Email = admin.Email ?? "", DisplayName = "Administrator", Roles = [PortalRoles.Auditor] };

        var error = await Assert.ThrowsAsync<AdminRuleException>(() =>
            _factory.AsAsync<UserAdminService>(PortalAppFactory.AdminEmail, s => s.UpdateAsync(admin.Id, input)));

        Assert.Contains("last enabled admin", error.Message);
    }

    [Fact]
    public async Task Disable_LastOtherAdmin_IsRefusedUntilAnotherAdminExists()
    {
        var second = await AdminTestUsers.CreateAsync(_factory, "second.admin@portal.test", PortalRoles.Admin, PortalAppFactory.AdminEmail);
        var first = await FindAsync(PortalAppFactory.AdminEmail);
        await SetPasswordChangedAsync(second.Email);
        // The second admin disables the first: allowed, the second stays.
        await _factory.AsAsync<UserAccountActions>(second.Email, s => s.SetDisabledAsync(first.Id, true));

        // Now the second is the last enabled admin: removing its own Admin role is refused.
        var input = new UserInput { Email = second.Email, DisplayName = "second.admin", Roles = [PortalRoles.Auditor] };
        await Assert.ThrowsAsync<AdminRuleException>(() =>
            _factory.AsAsync<UserAdminService>(second.Email, s => s.UpdateAsync(second.UserId, input)));
    }

    private Task<PortalUser> FindAsync(string email) => AdminTestUsers.FindAsync(_factory, email);

    /// <summary>Stands in for the new admin's own password change, which the admin services wait for.</summary>
    private async Task SetPasswordChangedAsync(string email)
    {
        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
    }

    public void Dispose() => _factory.Dispose();
}
