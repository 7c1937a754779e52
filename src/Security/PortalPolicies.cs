using Microsoft.AspNetCore.Authorization;

namespace Portal.Security;

/// <summary>Named authorisation policies: pages use them in [Authorize], services through <see cref="ICurrentUser"/>.</summary>
public static class PortalPolicies
{
    public const string Customers = "customers";
    public const string DataRequests = "data-requests";
    public const string Orders = "orders";
    public const string AuditLog = "audit-log";
    public const string Admin = "admin";

    /// <summary>Which roles each policy admits; the navigation and the server checks both read this table.</summary>
    public static IReadOnlyDictionary<string, string[]> Roles { get; } = new Dictionary<string, string[]>
    {
        [Customers] = [PortalRoles.DealerManager, PortalRoles.Admin],
        [DataRequests] = [PortalRoles.Compliance, PortalRoles.Admin],
        [Orders] = [PortalRoles.DealerManager, PortalRoles.Admin],
        [AuditLog] = [PortalRoles.Auditor, PortalRoles.Admin],
        [Admin] = [PortalRoles.Admin],
    };

    public static void Configure(AuthorizationOptions options)
    {
        foreach (var (name, roles) in Roles)
        {
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
        // Every endpoint requires sign-in unless it says [AllowAnonymous].
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
