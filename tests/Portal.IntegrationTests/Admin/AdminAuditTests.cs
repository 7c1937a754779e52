using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Admin.Dealerships;
using Portal.Features.Admin.Users;
using Portal.Features.Audit;
using Portal.IntegrationTests.Audit;
using Portal.Security;

namespace Portal.IntegrationTests.Admin;

/// <summary>Every admin change and refusal leaves its entry in the real audit log, and no password ever does.</summary>
public sealed class AdminAuditTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private const string Admin = "admin@sandbox.local";

    [Fact]
    public async Task UserLifecycle_EachAction_IsAuditedWithoutThePassword()
    {
        var created = await portal.Factory.AsAsync<UserAdminService, TemporaryPassword>(Admin, s => s.CreateAsync(new UserInput
        {
            Email = "audited@dealer.test", DisplayName = "Audited", Roles = [PortalRoles.Auditor],
        }));
        var edit = new UserInput { Email = created.Email, DisplayName = "Audited", Roles = [PortalRoles.Compliance] };
        await portal.Factory.AsAsync<UserAdminService>(Admin, s => s.UpdateAsync(created.UserId, edit));
        await portal.Factory.AsAsync<UserAccountActions>(Admin, s => s.SetDisabledAsync(created.UserId, true));
        await portal.Factory.AsAsync<UserAccountActions>(Admin, s => s.SetDisabledAsync(created.UserId, false));
        await portal.Factory.AsAsync<UserAccountActions>(Admin, s => s.UnlockAsync(created.UserId));
        var reset = await portal.Factory.AsAsync<UserAccountActions, TemporaryPassword>(Admin, s => s.ResetPasswordAsync(created.UserId));

        var entries = await EntriesAsync(e => e.TargetId == created.UserId);

        Assert.Equal(
            [AuditActions.UserCreated, AuditActions.UserRolesChanged, AuditActions.UserDisabled, AuditActions.UserEnabled,
             AuditActions.UserUnlocked, AuditActions.UserPasswordReset],
            entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(AuditTargetTypes.User, e.TargetType));
        Assert.Contains(PortalRoles.Compliance, entries[1].Changes);
        Assert.All(entries, e => Assert.DoesNotContain(created.Password, e.Changes + e.Detail));
        Assert.All(entries, e => Assert.DoesNotContain(reset.Password, e.Changes + e.Detail));
    }

    [Fact]
    public async Task Dealership_CreateAndRename_AreAuditedWithTheirChanges()
    {
        var id = await portal.Factory.AsAsync<DealershipAdminService, int>(Admin,
            s => s.CreateAsync(new DealershipInput { Name = "Audit Motors", TimeZoneId = "Europe/Madrid" }));
        await portal.Factory.AsAsync<DealershipAdminService>(Admin,
            s => s.UpdateAsync(id, new DealershipInput { Name = "Audit Motors Sevilla", TimeZoneId = "Europe/Madrid" }));

        var entries = await EntriesAsync(e => e.TargetType == AuditTargetTypes.Dealership && e.TargetId == id.ToString());

        Assert.Equal([AuditActions.DealershipCreated, AuditActions.DealershipUpdated], entries.Select(e => e.Action));
        Assert.Contains("Audit Motors Sevilla", entries[1].Changes);
        Assert.All(entries, e => Assert.Equal(id, e.DealershipId));
    }

    [Fact]
    public async Task AdminAction_NonAdmin_RefusalIsAudited()
    {
        await using (var scope = await portal.Factory.ActAsAsync("compliance@sandbox.local"))
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<UserAdminService>().ListAsync());
        }

        var denied = await EntriesAsync(e => e.Action == AuditActions.AccessDenied && e.Detail == "list users");

        Assert.Contains(denied, e => e.Outcome == AuditOutcome.Denied);
    }

    private Task<List<AuditEntry>> EntriesAsync(System.Linq.Expressions.Expression<Func<AuditEntry, bool>> predicate) =>
        AuditEntries.WhereAsync(portal.Factory, predicate);
}
