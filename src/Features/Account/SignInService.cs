using Microsoft.AspNetCore.Identity;
using Portal.Data;

namespace Portal.Features.Account;

public enum SignInOutcome { Succeeded, Failed, LockedOut, Disabled }

/// <summary>Password sign-in with lockout; records the last sign-in time.</summary>
public sealed class SignInService(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, ILogger<SignInService> logger)
{
    public async Task<SignInOutcome> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            logger.LogInformation("Sign-in failed: unknown account");
            return SignInOutcome.Failed;
        }
        if (user.IsDisabled)
        {
            logger.LogInformation("Sign-in refused for disabled user {UserId}", user.Id);
            return SignInOutcome.Disabled;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: user {UserId} is locked out", user.Id);
            return SignInOutcome.LockedOut;
        }
        if (!result.Succeeded)
        {
            logger.LogInformation("Sign-in failed for user {UserId}", user.Id);
            return SignInOutcome.Failed;
        }
        user.LastSignInUtc = DateTimeOffset.UtcNow;
        await users.UpdateAsync(user);
        logger.LogInformation("User {UserId} signed in", user.Id);
        return SignInOutcome.Succeeded;
    }

    public Task SignOutAsync() => signIn.SignOutAsync();
}
