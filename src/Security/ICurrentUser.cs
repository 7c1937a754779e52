namespace Portal.Security;

/// <summary>
/// Who is acting, for feature services. Works in HTTP requests and in interactive circuits alike (it reads the
/// AuthenticationStateProvider, never IHttpContextAccessor, which is unreliable inside circuits).
/// </summary>
public interface ICurrentUser
{
    Task<UserContext> GetAsync(CancellationToken cancellationToken = default);
}

/// <summary>A snapshot of the acting user: identity, roles and the dealerships whose data they may see.</summary>
public sealed record UserContext(
    string? UserId,
    string DisplayName,
    IReadOnlySet<string> Roles,
    IReadOnlyList<int> DealershipIds)
{
    public static UserContext Anonymous { get; } = new(null, "anonymous", new HashSet<string>(), []);

    public bool IsAuthenticated => UserId is not null;

    public bool IsAdmin => Roles.Contains(PortalRoles.Admin);

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>True when a policy from <see cref="PortalPolicies"/> admits this user.</summary>
    public bool Satisfies(string policy) =>
        IsAuthenticated && PortalPolicies.Roles.TryGetValue(policy, out var roles) && roles.Any(Roles.Contains);

    /// <summary>Admins see every dealership; everyone else only those assigned to them.</summary>
    public bool CanSeeDealership(int dealershipId) => IsAdmin || DealershipIds.Contains(dealershipId);

    /// <summary>Throws <see cref="AccessDeniedException"/> unless the policy admits this user.</summary>
    public void Demand(string policy)
    {
        if (!Satisfies(policy))
        {
            throw new AccessDeniedException($"'{DisplayName}' may not use '{policy}'.");
        }
    }
}

/// <summary>A server-side refusal: the caller lacks the role or the dealership for what it asked.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
