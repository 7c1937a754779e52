using Microsoft.AspNetCore.Identity;

namespace Portal.Data;

/// <summary>A person who signs in to the portal (local account or Microsoft Entra ID).</summary>
public sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Disabled users cannot sign in, and their open circuits are ended by revalidation.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set for accounts created with a temporary password.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The user's myKaarma associate uuid, matched against an item's approvers.</summary>
    public string? MyKaarmaUserUuid { get; set; }

    public DateTimeOffset CreatedUtc { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? LastSignInUtc { get; set; }

    public List<UserDealership> Dealerships { get; set; } = [];
}
