using System.Reflection;
using Microsoft.AspNetCore.Components;
using Portal.Security;

namespace Portal.Components.Layout;

/// <summary>One entry of the side navigation: where it goes and which policy admits it.</summary>
public sealed record NavItem(string Text, string Href, string Icon, string Policy, string? Group = null);

/// <summary>
/// The side navigation, in order. An entry shows only when its page exists in this build and the user's roles
/// satisfy its policy (the same table the server checks), so features appear as they land.
/// </summary>
public static class NavCatalog
{
    public static IReadOnlyList<NavItem> All { get; } =
    [
        new("Customers", "customers", "people", PortalPolicies.Customers),
        new("Data requests", "data-requests", "fact_check", PortalPolicies.DataRequests),
        new("Orders", "orders", "receipt_long", PortalPolicies.Orders),
        new("Audit log", "audit", "policy", PortalPolicies.AuditLog),
        new("Connections", "admin/connections", "hub", PortalPolicies.Admin, "Admin"),
        new("Dealerships", "admin/dealerships", "store", PortalPolicies.Admin, "Admin"),
        new("Users", "admin/users", "manage_accounts", PortalPolicies.Admin, "Admin"),
    ];

    private static readonly Lazy<HashSet<string>> Routes = new(() => typeof(NavCatalog).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
        .Select(r => r.Template.Trim('/'))
        .ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>The entries a user with these roles sees; <paramref name="routeExists"/> defaults to this build's pages.</summary>
    public static IReadOnlyList<NavItem> For(Func<string, bool> isInRole, Func<string, bool>? routeExists = null)
    {
        routeExists ??= Routes.Value.Contains;
        return All.Where(i => routeExists(i.Href) && PortalPolicies.Roles[i.Policy].Any(isInRole)).ToList();
    }
}
