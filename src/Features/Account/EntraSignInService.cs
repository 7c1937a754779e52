using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Security.EntraId;

namespace Portal.Features.Account;

public enum EntraSignInOutcome { Succeeded, Failed, Disabled, EmailTaken }

/// <summary>
/// Finishes "Sign in with Microsoft" after the handler validated the id token: finds the user linked to the Entra
/// object id (or creates one, with no dealership), brings their roles in line with their app roles, signs them in.
/// </summary>
public sealed class EntraSignInService(
    UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IOptions<EntraIdOptions> options, IAuditLog audit,
    EntraRoleSync roleSync, TimeProvider clock, ILogger<EntraSignInService> logger)
{
    public async Task<EntraSignInOutcome> CompleteAsync(HttpContext http, CancellationToken ct = default)
    {
        var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        if (external.None)
        {
            return EntraSignInOutcome.Failed;
        }
        var principal = external.Principal;
        var objectId = principal?.FindFirstValue(EntraIdClaims.ObjectId);
        if (!external.Succeeded || principal is null || string.IsNullOrEmpty(objectId))
        {
            await RecordFailureAsync(null, "no verified Microsoft identity", ct);
            return EntraSignInOutcome.Failed;
        }
        var user = await users.FindByLoginAsync(EntraIdOptions.Scheme, objectId);
        if (user is null)
        {
            var (created, outcome) = await CreateAsync(principal, objectId, ct);
            if (created is null)
            {
                return outcome;
            }
            user = created;
        }
        if (user.IsDisabled)
        {
            await RecordFailureAsync(user, "account disabled", ct);
            return EntraSignInOutcome.Disabled;
        }
        if (options.Value.ManagesRoles)
        {
            await roleSync.SyncAsync(user, options.Value.MapRoles(principal.FindAll(EntraIdClaims.Roles).Select(c => c.Value)), ct);
        }
        user.LastSignInUtc = clock.GetUtcNow();
        if (principal.FindFirstValue(EntraIdClaims.Name) is { Length: > 0 } name)
        {
            user.DisplayName = name;
        }
        await users.UpdateAsync(user);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: EntraIdOptions.Scheme);
        logger.LogInformation("User {UserId} signed in with Microsoft Entra ID", user.Id);
        // The browser gets its cookie with this response, so the request does not know the user yet: name them.
        var roles = await users.GetRolesAsync(user);
        await audit.RecordAsync(new AuditEvent(AuditActions.SignInSucceeded)
        {
            Target = UserAuditTarget.Of(user), Detail = "Microsoft Entra ID",
            Actor = new AuditActor(user.Id, UserAuditTarget.Of(user).Display ?? user.Id, [.. roles.Order(StringComparer.Ordinal)]),
        }, ct);
        return EntraSignInOutcome.Succeeded;
    }

    private async Task<(PortalUser? User, EntraSignInOutcome Outcome)> CreateAsync(ClaimsPrincipal principal, string objectId, CancellationToken ct)
    {
        var email = new[] { EntraIdClaims.Email, EntraIdClaims.PreferredUsername }
            .Select(principal.FindFirstValue)
            .FirstOrDefault(e => e is not null && new EmailAddressAttribute().IsValid(e));
        if (email is null)
        {
            await RecordFailureAsync(null, "the Microsoft account has no email address", ct);
            return (null, EntraSignInOutcome.Failed);
        }
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // Never linked by email: Entra's email and preferred_username are not verified identifiers.
            await RecordFailureAsync(existing, "a portal account with this email exists without a Microsoft link", ct);
            return (null, EntraSignInOutcome.EmailTaken);
        }
        var user = new PortalUser
        {
            UserName = email, Email = email, EmailConfirmed = true,
            DisplayName = principal.FindFirstValue(EntraIdClaims.Name) ?? email,
        };
        var created = await users.CreateAsync(user);
        var linked = created.Succeeded ? await users.AddLoginAsync(user, new UserLoginInfo(EntraIdOptions.Scheme, objectId, EntraIdOptions.DisplayName)) : created;
        if (!linked.Succeeded)
        {
            logger.LogWarning("Could not create the user for a first Entra sign-in: {Errors}", string.Join("; ", linked.Errors.Select(e => e.Code)));
            await RecordFailureAsync(null, "the portal could not create the account", ct);
            return (null, EntraSignInOutcome.Failed);
        }
        await audit.RecordAsync(new AuditEvent(AuditActions.UserCreated)
        {
            Target = UserAuditTarget.Of(user), Actor = AuditActor.System,
            Detail = "first Microsoft Entra ID sign-in; no dealership until an admin assigns one",
            Changes = [new("email", null, email), new("displayName", null, user.DisplayName)],
        }, ct);
        return (user, EntraSignInOutcome.Succeeded);
    }

    private Task RecordFailureAsync(PortalUser? user, string why, CancellationToken ct) =>
        audit.RecordAsync(new AuditEvent(AuditActions.SignInFailed, AuditOutcome.Failed)
        {
            Target = user is null ? null : UserAuditTarget.Of(user), Detail = $"Microsoft Entra ID: {why}",
        }, ct);

}
