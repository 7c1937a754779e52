using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Security.Sessions;

namespace Portal.Security;

/// <summary>
/// Re-checks the signed-in user of every interactive circuit each minute: a disabled, locked-out or deleted user,
/// or one whose security stamp changed (roles edited, password reset), loses the circuit's authentication; so does a
/// circuit idle longer than the idle limit, or a sign-in older than the absolute limit.
/// </summary>
internal sealed class RevalidatingUserStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<IdentityOptions> options,
    IOptions<SessionLimits> limits, CircuitActivity activity, TimeProvider clock)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (limits.Value.IsExpired(state.User, now) || now - activity.LastInboundUtc > limits.Value.Idle)
        {
            return false;
        }
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.GetUserAsync(state.User);
        if (user is null || user.IsDisabled || await users.IsLockedOutAsync(user))
        {
            return false;
        }
        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }
        var claimStamp = state.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return claimStamp == await users.GetSecurityStampAsync(user);
    }
}
