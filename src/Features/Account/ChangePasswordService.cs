using Microsoft.AspNetCore.Identity;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Security;

namespace Portal.Features.Account;

/// <summary>The signed-in user's own password change; it also ends the must-change-password state.</summary>
public sealed class ChangePasswordService(
    ICurrentUser currentUser, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IAuditLog audit)
{
    /// <summary>Returns the problems to show, or none when the password was changed (and the cookie renewed).</summary>
    public async Task<IReadOnlyList<string>> ChangeAsync(ChangePasswordInput input, CancellationToken ct = default)
    {
        var me = await currentUser.GetAsync(ct);
        var user = me.UserId is null ? null : await users.FindByIdAsync(me.UserId);
        if (user is null || user.IsDisabled)
        {
            throw new AccessDeniedException("Only a signed-in, enabled user can change their password.");
        }
        if (!await users.HasPasswordAsync(user))
        {
            return ["Your account signs in with Microsoft and has no portal password."];
        }
        if (await users.IsLockedOutAsync(user))
        {
            return ["Your account is locked after too many wrong passwords. Try again later."];
        }
        if (input.NewPassword == input.CurrentPassword)
        {
            return ["Choose a new password that differs from the current one."];
        }
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!result.Succeeded)
        {
            var wrongCurrent = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            if (wrongCurrent)
            {
                // Counts toward lockout, so this form cannot be used to guess the current password.
                await users.AccessFailedAsync(user);
            }
            await audit.RecordAsync(new AuditEvent(AuditActions.UserPasswordChanged, AuditOutcome.Failed)
            {
                Target = UserAuditTarget.Of(user),
                Detail = wrongCurrent ? "current password not right" : "new password refused by the password rules",
            }, ct);
            return wrongCurrent ? ["The current password is not right."] : result.Errors.Select(e => e.Description).ToList();
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(new AuditEvent(AuditActions.UserPasswordChanged)
        {
            Target = UserAuditTarget.Of(user),
            Changes = [new("password", null, null, Sensitive: true)],
        }, ct);
        return [];
    }
}
