namespace Portal.Security.EntraId;

/// <summary>
/// Microsoft Entra ID sign-in, from configuration section <c>Authentication:EntraId</c>. Sign-in with Microsoft is
/// offered only when the tenant id, client id and client secret are all set.
/// </summary>
public sealed class EntraIdOptions
{
    public const string Section = "Authentication:EntraId";

    /// <summary>The authentication scheme name, also the login provider stored with linked users.</summary>
    public const string Scheme = "EntraId";

    public const string DisplayName = "Microsoft";

    public string TenantId { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>The cloud instance; tests point it at an OpenID provider on loopback.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Entra app role value to portal role (<see cref="PortalRoles"/>).</summary>
    public Dictionary<string, string> RoleMapping { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>With a mapping, Entra app roles decide a Microsoft user's portal roles; without one, admins do.</summary>
    public bool ManagesRoles => RoleMapping.Count > 0;

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);

    private string TenantRoot => $"{Instance.TrimEnd('/')}/{Uri.EscapeDataString(TenantId)}";

    public string MetadataAddress => $"{TenantRoot}/v2.0/.well-known/openid-configuration";

    public string AuthorizationEndpoint => $"{TenantRoot}/oauth2/v2.0/authorize";

    public string TokenEndpoint => $"{TenantRoot}/oauth2/v2.0/token";

    /// <summary>Plain HTTP is allowed only for a provider on this machine (the tests' loopback provider).</summary>
    public bool RequireHttps => !(Uri.TryCreate(Instance, UriKind.Absolute, out var uri) && uri.IsLoopback);

    /// <summary>The portal roles the given app roles map to; unmapped app roles grant nothing.</summary>
    public IReadOnlyList<string> MapRoles(IEnumerable<string> appRoles) => appRoles
        .Select(r => RoleMapping.TryGetValue(r, out var role) ? role : null)
        .OfType<string>()
        .Where(PortalRoles.All.Contains)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Problems that stop the portal from starting, so a typo in the mapping is never silently ignored.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (appRole, role) in RoleMapping)
        {
            if (!PortalRoles.All.Contains(role))
            {
                yield return $"{Section}:RoleMapping:{appRole} maps to '{role}', which is not a portal role ({string.Join(", ", PortalRoles.All)}).";
            }
        }
        if (IsConfigured && !Uri.TryCreate(Instance, UriKind.Absolute, out _))
        {
            yield return $"{Section}:Instance '{Instance}' is not an absolute URL.";
        }
    }
}

/// <summary>Claim types of an Entra id token (kept unmapped, as the token names them).</summary>
public static class EntraIdClaims
{
    public const string ObjectId = "oid";
    public const string TenantId = "tid";
    public const string Name = "name";
    public const string PreferredUsername = "preferred_username";
    public const string Email = "email";
    public const string Roles = "roles";
    public const string Nonce = "nonce";
}
