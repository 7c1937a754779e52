using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Connections;
using Portal.Vendors;

namespace Portal.IntegrationTests.Connections;

public sealed class DefaultRunConnectionTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    [Fact]
    public async Task TestConnection_EverySandboxConnectionOfTheDefaultRun_Succeeds()
    {
        _ = portal.Factory.RootUri;
        var catalog = portal.Factory.Services.GetRequiredService<ConnectionCatalog>();
        var clients = portal.Factory.Services.GetRequiredService<IVendorClientFactory>();

        var connections = await catalog.ListEnabledAsync();
        var results = new Dictionary<VendorKind, ConnectionTestResult>();
        foreach (var c in connections)
        {
            results[c.Connection.Vendor] = await clients.Create(c.Connection).TestConnectionAsync();
        }

        Assert.Equal(Enum.GetValues<VendorKind>().Order(), results.Keys.Order());
        Assert.All(results, r => Assert.True(r.Value.Succeeded, $"{r.Key}: {r.Value.Message}"));
    }
}
