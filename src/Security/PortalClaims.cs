using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Data;

namespace Portal.Security;

public static class PortalClaims
{
    public const string DisplayName = "portal:display_name";

    /// <summary>Present ("true") while the account still has a temporary password.</summary>
    public const string MustChangePassword = "portal:must_change_password";
}

/// <summary>
/// Adds the display name to the sign-in cookie so that the app bar needs no database call, and the must-change-password
/// mark that <see cref="PasswordChangeGate"/> reads.
/// </summary>
internal sealed class PortalClaimsFactory(
    UserManager<PortalUser> users, RoleManager<Microsoft.AspNetCore.Identity.IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, Microsoft.AspNetCore.Identity.IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.UserName ?? "" : user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PortalClaims.MustChangePassword, "true"));
        }
        return identity;
    }
}
