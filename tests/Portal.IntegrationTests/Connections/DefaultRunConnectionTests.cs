using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Connections;
using Portal.Vendors;

namespace Portal.IntegrationTests.Connections;

public sealed class DefaultRunConnectionTests
{
    /// <summary>Correctness, not latency: a cold first call on a busy CI machine may exceed the 2 s attempt timeout.</summary>
    private readonly PortalAppFactory _factory = new PortalAppFactory()
        .With("Vendors:Resilience:AttemptTimeout", "00:00:20")
        .With("Vendors:Resilience:TotalTimeout", "00:01:00");

    [Fact]
    public async Task TestConnection_EverySandboxConnectionOfTheDefaultRun_Succeeds()
    {
        _ = _factory.RootUri;
        var catalog = _factory.Services.GetRequiredService<ConnectionCatalog>();
        var clients = _factory.Services.GetRequiredService<IVendorClientFactory>();

        var connections = await catalog.ListEnabledAsync();
        var results = new Dictionary<VendorKind, ConnectionTestResult>();
        foreach (var c in connections)
        {
            results[c.Connection.Vendor] = await clients.Create(c.Connection).TestConnectionAsync();
        }

        Assert.Equal(Enum.GetValues<VendorKind>().Order(), results.Keys.Order());
        Assert.All(results, r => Assert.True(r.Value.Succeeded, $"{r.Key}: {r.Value.Message}"));
        _factory.Dispose();
    }
}
