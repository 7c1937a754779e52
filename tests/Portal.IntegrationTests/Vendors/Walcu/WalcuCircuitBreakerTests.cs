using Portal.Sandbox;
using Portal.Vendors;
using Portal.Vendors.Walcu;

namespace Portal.IntegrationTests.Vendors.Walcu;

/// <summary>The connection's breaker opens after repeated failures (calls stop reaching Walcu) and closes again once Walcu answers.</summary>
public sealed class WalcuCircuitBreakerTests : IDisposable
{
    private readonly PortalAppFactory _factory = new PortalAppFactory()
        .With("Vendors:Resilience:AttemptTimeout", "00:00:00.300")
        .With("Vendors:Resilience:RetryBaseDelay", "00:00:00.010")
        .With("Vendors:Resilience:BreakerMinimumThroughput", "5")
        .With("Vendors:Resilience:BreakerBreakDuration", "00:00:00.500");

    [Fact]
    public async Task List_RepeatedServerErrors_BreakerOpensThenRecovers()
    {
        var sandbox = new SandboxControl(_factory);
        var client = await sandbox.ClientAsync<IWalcuClient>(VendorKind.Walcu);
        await sandbox.SetFaultsAsync("walcu", new FaultSettings { ErrorRate = 1, Count = 6 });
        var query = new WalcuListQuery(Limit: 1);

        var first = await Assert.ThrowsAsync<VendorApiException>(() => client.ListClientsAsync(query));
        await Assert.ThrowsAsync<VendorApiException>(() => client.ListClientsAsync(query));
        var reached = (await sandbox.RequestsAsync("walcu")).Count;
        var open = await Assert.ThrowsAsync<VendorApiException>(() => client.ListClientsAsync(query));

        Assert.Equal(VendorFailureKind.ServerError, first.Kind);
        Assert.Equal(VendorFailureKind.CircuitOpen, open.Kind);
        Assert.Equal(reached, (await sandbox.RequestsAsync("walcu")).Count); // the open breaker did not call Walcu
        Assert.Single((await RecoveredAsync(client, query)).Items);
        Assert.Single((await client.ListClientsAsync(query)).Items);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Calls until the breaker lets a probe through and Walcu answers (the break lasts half a second).</summary>
    private static async Task<Page<Portal.Vendors.Walcu.Dtos.WalcuClientDto>> RecoveredAsync(IWalcuClient client, WalcuListQuery query)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                return await client.ListClientsAsync(query);
            }
            catch (VendorApiException ex) when (ex.IsTransient && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
