using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Data;

namespace Portal.Security;

public static class PortalClaims
{
    public const string DisplayName = "portal:display_name";
}

/// <summary>Adds the display name to the sign-in cookie so that the app bar needs no database call.</summary>
internal sealed class PortalClaimsFactory(
    UserManager<PortalUser> users, RoleManager<Microsoft.AspNetCore.Identity.IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, Microsoft.AspNetCore.Identity.IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.UserName ?? "" : user.DisplayName));
        return identity;
    }
}
