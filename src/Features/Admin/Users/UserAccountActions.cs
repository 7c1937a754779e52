using Microsoft.AspNetCore.Identity;
using Portal.Data;
using Portal.Features.Account;
using Portal.Features.Audit;
using Portal.Hosting;
using Portal.Security;

namespace Portal.Features.Admin.Users;

/// <summary>Disable or enable, unlock and reset the password of an account. Admins only, checked here.</summary>
public sealed class UserAccountActions(AdminGuard guard, IServiceScopeFactory scopes, IAuditLog audit)
{
    /// <summary>
    /// A disabled user cannot sign in; the new security stamp ends their cookie and open circuits within a minute,
    /// and services refuse them at once (CurrentUser checks the stored state on every call).
    /// </summary>
    public async Task SetDisabledAsync(string userId, bool disabled, CancellationToken ct = default)
    {
        var actor = await guard.DemandAsync(disabled ? "disable users" : "enable users", ct);
        if (disabled && actor.UserId == userId)
        {
            throw new AdminRuleException("You cannot disable your own account.");
        }
        await LastAdminRule.Gate.WaitAsync(ct);
        try
        {
            await using var scope = new IdentityScope(scopes);
            var user = await scope.FindUserAsync(userId);
            if (user.IsDisabled == disabled)
            {
                return;
            }
            if (disabled && await scope.Users.IsInRoleAsync(user, PortalRoles.Admin))
            {
                await LastAdminRule.EnsureAnotherActiveAdminAsync(scope.Db, userId, ct);
            }
            user.IsDisabled = disabled;
            IdentityScope.Check(await scope.Users.UpdateAsync(user));
            IdentityScope.Check(await scope.Users.UpdateSecurityStampAsync(user));
            await audit.RecordAsync(new AuditEvent(disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled)
            {
                Target = UserAuditTarget.Of(user),
                Changes = [new("disabled", (!disabled).ToString(), disabled.ToString())],
            }, ct);
        }
        finally
        {
            LastAdminRule.Gate.Release();
        }
    }

    /// <summary>Ends a lockout from failed sign-ins now, instead of when it expires.</summary>
    public async Task UnlockAsync(string userId, CancellationToken ct = default)
    {
        await guard.DemandAsync("unlock users", ct);
        await using var scope = new IdentityScope(scopes);
        var user = await scope.FindUserAsync(userId);
        IdentityScope.Check(await scope.Users.SetLockoutEndDateAsync(user, null));
        IdentityScope.Check(await scope.Users.ResetAccessFailedCountAsync(user));
        await audit.RecordAsync(new AuditEvent(AuditActions.UserUnlocked) { Target = UserAuditTarget.Of(user) }, ct);
    }

    /// <summary>Sets a new temporary password (shown once) that must be changed at the next sign-in.</summary>
    public async Task<TemporaryPassword> ResetPasswordAsync(string userId, CancellationToken ct = default)
    {
        await guard.DemandAsync("reset passwords", ct);
        await using var scope = new IdentityScope(scopes);
        var user = await scope.FindUserAsync(userId);
        if (!await scope.Users.HasPasswordAsync(user))
        {
            throw new AdminRuleException("This user signs in with Microsoft and has no portal password.");
        }
        var password = PasswordGenerator.Create();
        var token = await scope.Users.GeneratePasswordResetTokenAsync(user);
        // Resetting also renews the security stamp, which signs the user out everywhere within a minute.
        IdentityScope.Check(await scope.Users.ResetPasswordAsync(user, token, password));
        user.MustChangePassword = true;
        IdentityScope.Check(await scope.Users.UpdateAsync(user));
        await audit.RecordAsync(new AuditEvent(AuditActions.UserPasswordReset)
        {
            Target = UserAuditTarget.Of(user),
            Changes = [new("password", null, null, Sensitive: true)],
        }, ct);
        return new TemporaryPassword(user.Id, user.Email ?? "", password);
    }
}
