using Portal.Security;

namespace Portal.Features.Admin.Users;

/// <summary>Role names as people read them, with what each opens.</summary>
public static class RoleLabels
{
    public sealed record RoleOption(string Role, string Label);

    public static IReadOnlyList<RoleOption> Options { get; } =
    [
        new(PortalRoles.Admin, "Admin (everything, every dealership)"),
        new(PortalRoles.DealerManager, "Dealer manager (customers, orders)"),
        new(PortalRoles.Compliance, "Compliance (data requests)"),
        new(PortalRoles.Auditor, "Auditor (audit log)"),
    ];

    public static string Short(string role) => role switch
    {
        PortalRoles.DealerManager => "Dealer manager",
        _ => role,
    };
}
