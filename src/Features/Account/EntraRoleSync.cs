using Microsoft.AspNetCore.Identity;
using Portal.Data;
using Portal.Features.Audit;

namespace Portal.Features.Account;

/// <summary>
/// When a role mapping is configured, Entra app roles are the source of truth for a Microsoft user's portal roles:
/// each sign-in makes them equal, so a role removed in Entra is removed here at the next sign-in.
/// </summary>
public sealed class EntraRoleSync(UserManager<PortalUser> users, IAuditLog audit)
{
    public async Task SyncAsync(PortalUser user, IReadOnlyList<string> mapped, CancellationToken ct)
    {
        var current = await users.GetRolesAsync(user);
        var remove = current.Except(mapped).ToList();
        var add = mapped.Except(current).ToList();
        if (remove.Count == 0 && add.Count == 0)
        {
            return;
        }
        await users.RemoveFromRolesAsync(user, remove);
        await users.AddToRolesAsync(user, add);
        // Other sessions of this user still carry the old roles: a new stamp ends them within a minute.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(new AuditEvent(AuditActions.UserRolesChanged)
        {
            Target = UserAuditTarget.Of(user),
            Actor = AuditActor.System, Detail = "from Microsoft Entra app roles at sign-in",
            Changes = [new("roles", string.Join(", ", current.Order(StringComparer.Ordinal)), string.Join(", ", mapped))],
        }, ct);
    }
}
