using Microsoft.AspNetCore.Identity;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Security;

namespace Portal.Features.Account;

public enum SignInOutcome { Succeeded, Failed, LockedOut, Disabled }

/// <summary>Password sign-in with lockout; records the last sign-in time and every attempt in the audit log.</summary>
public sealed class SignInService(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IAuditLog audit, ILogger<SignInService> logger)
{
    public async Task<SignInOutcome> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            logger.LogInformation("Sign-in failed: unknown account");
            // The address someone typed may be a customer's or a typo of one: only its masked form is kept.
            await RecordAsync(AuditActions.SignInFailed, AuditOutcome.Failed,
                new AuditTarget(AuditTargetTypes.Account, SensitiveValues.MaskEmail(email)), "unknown account");
            return SignInOutcome.Failed;
        }
        var target = new AuditTarget(AuditTargetTypes.User, user.Id, user.DisplayName);
        if (user.IsDisabled)
        {
            logger.LogInformation("Sign-in refused for disabled user {UserId}", user.Id);
            await RecordAsync(AuditActions.SignInFailed, AuditOutcome.Denied, target, "account disabled");
            return SignInOutcome.Disabled;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: user {UserId} is locked out", user.Id);
            await RecordAsync(AuditActions.SignInLockedOut, AuditOutcome.Denied, target, "locked out after failed attempts");
            return SignInOutcome.LockedOut;
        }
        if (!result.Succeeded)
        {
            logger.LogInformation("Sign-in failed for user {UserId}", user.Id);
            await RecordAsync(AuditActions.SignInFailed, AuditOutcome.Failed, target, "wrong password");
            return SignInOutcome.Failed;
        }
        user.LastSignInUtc = DateTimeOffset.UtcNow;
        await users.UpdateAsync(user);
        logger.LogInformation("User {UserId} signed in", user.Id);
        // The browser gets its cookie with this response, so the request does not know the user yet: name them.
        var roles = await users.GetRolesAsync(user);
        await audit.RecordAsync(new AuditEvent(AuditActions.SignInSucceeded)
        {
            Target = target,
            Actor = new AuditActor(user.Id, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Id : user.DisplayName, [.. roles.Order(StringComparer.Ordinal)]),
        });
        return SignInOutcome.Succeeded;
    }

    public async Task SignOutAsync()
    {
        await audit.RecordAsync(new AuditEvent(AuditActions.SignOut));
        await signIn.SignOutAsync();
    }

    private Task RecordAsync(string action, AuditOutcome outcome, AuditTarget target, string detail) =>
        audit.RecordAsync(new AuditEvent(action, outcome) { Target = target, Detail = detail });
}
