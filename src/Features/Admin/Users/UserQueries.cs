using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Security.EntraId;

namespace Portal.Features.Admin.Users;

/// <summary>Reads for the users page (the caller has already been checked).</summary>
internal static class UserQueries
{
    public static async Task<IReadOnlyList<UserRow>> ListAsync(PortalDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.IsDisabled, u.MustChangePassword, u.LastSignInUtc, u.MyKaarmaUserUuid })
            .ToListAsync(ct);
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(ct)).ToLookup(r => r.UserId, r => r.Name ?? "");
        var dealerships = (await (from ud in db.UserDealerships join d in db.Dealerships on ud.DealershipId equals d.Id
                select new { ud.UserId, d.Id, d.Name }).ToListAsync(ct))
            .ToLookup(d => d.UserId, d => new DealershipChoice(d.Id, d.Name));
        var entra = (await db.UserLogins.Where(l => l.LoginProvider == EntraIdOptions.Scheme).Select(l => l.UserId).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        return users
            .Select(u => new UserRow(
                u.Id, u.Email ?? "", u.DisplayName,
                roles[u.Id].Order(StringComparer.Ordinal).ToList(),
                dealerships[u.Id].OrderBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase).ToList(),
                u.LastSignInUtc, u.LockoutEnd > now, u.IsDisabled, u.MustChangePassword, entra.Contains(u.Id), u.MyKaarmaUserUuid))
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public static async Task<IReadOnlyList<DealershipChoice>> DealershipsAsync(PortalDbContext db, CancellationToken ct) =>
        (await db.Dealerships.AsNoTracking().Select(d => new DealershipChoice(d.Id, d.Name)).ToListAsync(ct))
            .OrderBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase).ToList();

    /// <summary>Replaces a user's dealership rows with the <paramref name="chosen"/> ones; returns the names before and after.</summary>
    public static async Task<(string Before, string After)> SetDealershipsAsync(
        PortalDbContext db, string userId, IEnumerable<int> chosen, CancellationToken ct)
    {
        var ids = chosen.Distinct().ToList();
        var known = await DealershipsAsync(db, ct);
        if (ids.Except(known.Select(d => d.Id)).Any())
        {
            throw new AdminRuleException("One of the chosen dealerships no longer exists. Reload the page.");
        }
        var current = await db.UserDealerships.Where(d => d.UserId == userId).ToListAsync(ct);
        db.UserDealerships.RemoveRange(current.Where(d => !ids.Contains(d.DealershipId)));
        db.UserDealerships.AddRange(ids.Except(current.Select(d => d.DealershipId))
            .Select(id => new UserDealership { UserId = userId, DealershipId = id }));
        await db.SaveChangesAsync(ct);
        string Names(IEnumerable<int> set) => string.Join(", ", known.Where(d => set.Contains(d.Id)).Select(d => d.Name));
        return (Names(current.Select(d => d.DealershipId)), Names(ids));
    }
}
