using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Security;

/// <summary>Reads the user from the authentication state and their dealerships from the database (once per scope).</summary>
internal sealed class CurrentUser(AuthenticationStateProvider authState, IDbContextFactory<PortalDbContext> dbFactory) : ICurrentUser
{
    private UserContext? _cached;
    private string? _cachedFor;

    public async Task<UserContext> GetAsync(CancellationToken cancellationToken = default)
    {
        var state = await authState.GetAuthenticationStateAsync();
        var principal = state.User;
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || principal.Identity?.IsAuthenticated != true)
        {
            return UserContext.Anonymous;
        }
        if (_cached is not null && _cachedFor == userId)
        {
            return _cached;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var dealerships = await db.UserDealerships.Where(d => d.UserId == userId)
            .Select(d => d.DealershipId).OrderBy(id => id).ToListAsync(cancellationToken);
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var name = principal.FindFirstValue(PortalClaims.DisplayName) ?? principal.Identity?.Name ?? userId;
        _cached = new UserContext(userId, name, roles, dealerships);
        _cachedFor = userId;
        return _cached;
    }
}
