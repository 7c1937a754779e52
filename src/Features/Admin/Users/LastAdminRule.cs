using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Security;

namespace Portal.Features.Admin.Users;

/// <summary>The portal always keeps at least one enabled admin, or nobody could manage it any more.</summary>
internal static class LastAdminRule
{
    /// <summary>
    /// One process serves the SQLite file, so a process-wide gate makes "check there is another admin, then change"
    /// atomic when two admins demote or disable each other at the same moment.
    /// </summary>
    public static SemaphoreSlim Gate { get; } = new(1, 1);

    public static async Task EnsureAnotherActiveAdminAsync(PortalDbContext db, string userId, CancellationToken cancellationToken)
    {
        var another = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            join user in db.Users on userRole.UserId equals user.Id
            where role.Name == PortalRoles.Admin && !user.IsDisabled && user.Id != userId
            select user.Id).AnyAsync(cancellationToken);
        if (!another)
        {
            throw new AdminRuleException("This is the last enabled admin. Make another user an admin first.");
        }
    }
}
