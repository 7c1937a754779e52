using Portal.Security;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// Who may open what, written out by hand rather than read from the pages' attributes: a page whose attribute is
/// missing or wrong then fails here. Every route the portal maps must have a row (AuthorizationMatrixTests checks).
/// A row's path is what the test requests; ids in it are ids that exist nowhere (a tampered link).
/// </summary>
public static class AuthorizationMatrix
{
    public const string SignedIn = "(any signed-in user)";
    public const string Anonymous = "(anyone)";

    public sealed record Row(string Template, string Path, string Access);

    public static IReadOnlyList<Row> Rows { get; } =
    [
        new("/", "/", SignedIn),
        new("/account/signin", "/account/signin", Anonymous),
        new("/account/denied", "/account/denied", SignedIn),
        new("/account/change-password", "/account/change-password", SignedIn),
        new("/error", "/error", Anonymous),
        new("/not-found", "/not-found", SignedIn), // anonymous visitors are sent to sign in first
        new("/customers", "/customers", PortalPolicies.Customers),
        new("/audit", "/audit", PortalPolicies.AuditLog),
        new("/audit/export", "/audit/export", PortalPolicies.AuditLog),
        new("/admin/users", "/admin/users", PortalPolicies.Admin),
        new("/admin/dealerships", "/admin/dealerships", PortalPolicies.Admin),
        new("/admin/connections", "/admin/connections", PortalPolicies.Admin),
        new("/customers/{PersonId:long}", "/customers/987654321", PortalPolicies.Customers),
        new("/customers/by-source/{Vendor}/{ConnectionId:int}/{ExternalId}", "/customers/by-source/walcu/99999/nobody", PortalPolicies.Customers),
        new("/data-requests", "/data-requests", PortalPolicies.DataRequests),
        new("/data-requests/{Id:long}", "/data-requests/987654321", PortalPolicies.DataRequests),
        new("/data-requests/items/{id:long}/document", "/data-requests/items/987654321/document", PortalPolicies.DataRequests),
        new("/orders", "/orders", PortalPolicies.Orders),
        new("/orders/export", "/orders/export", PortalPolicies.Orders),
    ];

    /// <summary>Routes that are not portal pages: the sandbox, the framework's own, account plumbing.</summary>
    public static bool IsOutOfScope(string template) =>
        template.StartsWith("/sandbox", StringComparison.Ordinal)
        || template.StartsWith("/_", StringComparison.Ordinal)
        || template.StartsWith("/account/external", StringComparison.Ordinal)
        || template.StartsWith("/signin-", StringComparison.Ordinal)
        || template is "/account/signout" or "/healthz"
        || template.Contains('.', StringComparison.Ordinal) || template.EndsWith(":file}", StringComparison.Ordinal); // static assets

    public static bool Allows(string access, string role) =>
        access is SignedIn or Anonymous || PortalPolicies.Roles[access].Contains(role);
}
