using Portal.Security;

namespace Portal.IntegrationTests.EntraId;

/// <summary>The loopback OpenID provider and a portal configured to use it as its Entra tenant.</summary>
public sealed class EntraFixture : IAsyncLifetime
{
    public const string ManagerAppRole = "Portal.Manager";
    public const string AuditorAppRole = "Portal.Auditor";

    public TestOpenIdProvider Provider { get; } = new();

    public PortalAppFactory Portal { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Portal = new PortalAppFactory()
            .With("Authentication:EntraId:TenantId", TestOpenIdProvider.TenantId)
            .With("Authentication:EntraId:ClientId", TestOpenIdProvider.ClientId)
            .With("Authentication:EntraId:ClientSecret", TestOpenIdProvider.ClientSecret)
            .With("Authentication:EntraId:Instance", Provider.Root)
            .With($"Authentication:EntraId:RoleMapping:{ManagerAppRole}", PortalRoles.DealerManager)
            .With($"Authentication:EntraId:RoleMapping:{AuditorAppRole}", PortalRoles.Auditor);
        _ = Portal.RootUri;
        return Task.CompletedTask;
    }

    /// <summary>Runs "Sign in with Microsoft" in a fresh cookie jar, following every redirect across both hosts.</summary>
    public async Task<(HttpClient Client, string Landed, string Body)> SignInWithMicrosoftAsync()
    {
        var client = Portal.CreateLoopbackClient(followRedirects: true);
        var response = await client.GetAsync("account/external/entra?returnUrl=%2F");
        return (client, response.RequestMessage?.RequestUri?.PathAndQuery ?? "", await response.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
