using Portal.Vendors;

namespace Portal.IntegrationTests.Vendors;

/// <summary>
/// What every vendor client test class starts from: a clean emulator (no faults, empty request log), a client with
/// its own resilience state, and the connection test every vendor must pass.
/// </summary>
public abstract class VendorClientTests<TClient>(VendorTestPortal portal, VendorKind kind) where TClient : class, IVendorClient
{
    protected VendorTestPortal Portal => portal;

    protected string Vendor => kind.Slug();

    protected async Task<TClient> ClientAsync()
    {
        await portal.ResetAsync(Vendor);
        return await portal.ClientAsync<TClient>(kind);
    }

    [Fact]
    public async Task TestConnectionAsync_Sandbox_SucceedsWithOneCall()
    {
        var result = await (await ClientAsync()).TestConnectionAsync();

        Assert.True(result.Succeeded, result.Message);
        Assert.Single(await portal.Sandbox.RequestsAsync(Vendor));
    }
}
