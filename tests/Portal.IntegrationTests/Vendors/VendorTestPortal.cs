using Microsoft.Extensions.DependencyInjection;
using Portal.Vendors;

namespace Portal.IntegrationTests.Vendors;

/// <summary>
/// One running portal for a vendor test class, with short resilience timings so fault tests finish quickly, and a
/// log capture. Each client it makes gets a connection id of its own, so breaker and token state never leak between
/// tests.
/// </summary>
public sealed class VendorTestPortal : IDisposable
{
    private static int _nextConnectionId = 10_000;

    public VendorTestPortal()
    {
        Factory = (PortalAppFactory)new PortalAppFactory()
            .With("Vendors:Resilience:AttemptTimeout", "00:00:00.300")
            .With("Vendors:Resilience:TotalTimeout", "00:00:04")
            .With("Vendors:Resilience:RetryBaseDelay", "00:00:00.020")
            .With("Vendors:Resilience:BreakerBreakDuration", "00:00:00.500")
            // One failing call is three attempts; with a token call and a warm-up before it, five would already open
            // the breaker, so single-fault tests would race it. The breaker test makes enough calls to reach eight.
            .With("Vendors:Resilience:BreakerMinimumThroughput", "8");
        Sandbox = new SandboxControl(Factory);
    }

    public PortalAppFactory Factory { get; }

    public SandboxControl Sandbox { get; }

    /// <summary>A client for the vendor's declared sandbox connection, under a fresh connection id.</summary>
    public async Task<TClient> ClientAsync<TClient>(VendorKind vendor, Func<VendorConnection, VendorConnection>? change = null)
        where TClient : class, IVendorClient
    {
        var connection = await Sandbox.ConnectionAsync(vendor) with { Id = Interlocked.Increment(ref _nextConnectionId) };
        return Factory.Services.GetRequiredService<IVendorClientFactory>().Create<TClient>(change?.Invoke(connection) ?? connection);
    }

    /// <summary>Clears the vendor's faults and request log: each test starts clean.</summary>
    public async Task ResetAsync(string vendor)
    {
        await Sandbox.ClearFaultsAsync(vendor);
        await Sandbox.ClearRequestsAsync(vendor);
    }

    /// <summary>How many requests the emulator received whose path contains <paramref name="pathPart"/>.</summary>
    public async Task<int> AttemptsAsync(string vendor, string pathPart) =>
        (await Sandbox.RequestsAsync(vendor)).Count(r => r.Path.Contains(pathPart, StringComparison.OrdinalIgnoreCase));

    public void Dispose() => Factory.Dispose();
}
