namespace Portal.Security;

/// <summary>The portal's roles. Admin sees every dealership; the others only their assigned ones.</summary>
public static class PortalRoles
{
    public const string Admin = "Admin";
    public const string DealerManager = "DealerManager";
    public const string Compliance = "Compliance";
    /// <summary>Read-only access to the audit log.</summary>
    public const string Auditor = "Auditor";

    public static IReadOnlyList<string> All { get; } = [Admin, DealerManager, Compliance, Auditor];
}
