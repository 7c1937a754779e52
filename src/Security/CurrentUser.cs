using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;

namespace Portal.Security;

/// <summary>
/// Reads the user from the authentication state and checks them against the database on every call: a circuit
/// keeps its principal until revalidation (up to a minute), so a user who was disabled, whose roles changed
/// (security stamp) or who still has a temporary password keeps no role meanwhile and services refuse them.
/// </summary>
internal sealed class CurrentUser(
    AuthenticationStateProvider authState, IDbContextFactory<PortalDbContext> dbFactory, IOptions<IdentityOptions> identityOptions)
    : ICurrentUser
{
    public async Task<UserContext> GetAsync(CancellationToken cancellationToken = default)
    {
        var state = await authState.GetAuthenticationStateAsync();
        var principal = state.User;
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || principal.Identity?.IsAuthenticated != true)
        {
            return UserContext.Anonymous;
        }
        var name = principal.FindFirstValue(PortalClaims.DisplayName) ?? principal.Identity?.Name ?? userId;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.IsDisabled, u.MustChangePassword, u.SecurityStamp })
            .SingleOrDefaultAsync(cancellationToken);
        var stamp = principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        if (stored is null || stored.IsDisabled || stored.MustChangePassword || stored.SecurityStamp != stamp)
        {
            return new UserContext(userId, name, new HashSet<string>(), []);
        }
        var dealerships = await db.UserDealerships.Where(d => d.UserId == userId)
            .Select(d => d.DealershipId).OrderBy(id => id).ToListAsync(cancellationToken);
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new UserContext(userId, name, roles, dealerships);
    }
}
