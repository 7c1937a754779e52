using Portal.Security;
using Portal.Security.EntraId;

namespace Portal.Tests.Security;

public sealed class EntraIdOptionsTests
{
    private static EntraIdOptions Configured(params (string AppRole, string Role)[] mapping)
    {
        var options = new EntraIdOptions { TenantId = "tenant", ClientId = "client", ClientSecret = "secret" };
        foreach (var (appRole, role) in mapping)
        {
            options.RoleMapping[appRole] = role;
        }
        return options;
    }

    [Fact]
    public void MapRoles_MappedAndUnmappedAppRoles_OnlyMappedPortalRolesOnce()
    {
        var options = Configured(("Portal.Admin", PortalRoles.Admin), ("Portal.Boss", PortalRoles.Admin), ("Portal.Audit", PortalRoles.Auditor));

        var roles = options.MapRoles(["portal.admin", "Portal.Boss", "Portal.Audit", "Something.Else"]);

        Assert.Equal([PortalRoles.Admin, PortalRoles.Auditor], roles);
    }

    [Fact]
    public void Problems_MappingToUnknownRole_IsReported()
    {
        var options = Configured(("Portal.Admin", "SuperUser"));

        Assert.Contains(options.Problems(), p => p.Contains("SuperUser"));
    }

    [Fact]
    public void Endpoints_DefaultInstance_FollowEntraLayout()
    {
        var options = Configured();

        Assert.True(options.IsConfigured);
        Assert.True(options.RequireHttps);
        Assert.Equal("https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration", options.MetadataAddress);
        Assert.Equal("https://login.microsoftonline.com/tenant/oauth2/v2.0/authorize", options.AuthorizationEndpoint);
        Assert.Equal("https://login.microsoftonline.com/tenant/oauth2/v2.0/token", options.TokenEndpoint);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5555/", false)]
    [InlineData("http://login.example.test/", true)]
    public void RequireHttps_OnlyLoopbackMayUsePlainHttp(string instance, bool expected) =>
        Assert.Equal(expected, new EntraIdOptions { Instance = instance }.RequireHttps);

    [Fact]
    public void IsConfigured_MissingSecret_IsFalse() =>
        Assert.False(new EntraIdOptions { TenantId = "t", ClientId = "c" }.IsConfigured);
}
