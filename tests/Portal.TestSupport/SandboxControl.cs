using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Connections;
using Portal.Sandbox;
using Portal.Vendors;

namespace Portal.TestSupport;

/// <summary>
/// Drives the running portal's sandbox over HTTP as a test would from outside: sets faults, reads what an
/// emulator received, and builds vendor clients for the sandbox connections declared in configuration.
/// </summary>
public sealed class SandboxControl(PortalAppFactory factory)
{
    private readonly HttpClient _http = factory.CreateLoopbackClient();

    public Task SetFaultsAsync(string vendor, FaultSettings faults) => _http.SetSandboxFaultsAsync(vendor, faults);

    public Task ClearFaultsAsync(string vendor) => _http.ClearSandboxFaultsAsync(vendor);

    public Task<IReadOnlyList<SandboxRequest>> RequestsAsync(string vendor) => _http.SandboxRequestsAsync(vendor);

    public async Task ClearRequestsAsync(string vendor) =>
        (await _http.DeleteAsync($"sandbox/_requests/{vendor}")).EnsureSuccessStatusCode();

    /// <summary>The sandbox connection of this vendor declared in appsettings.Development.json.</summary>
    public async Task<VendorConnection> ConnectionAsync(VendorKind vendor)
    {
        _ = factory.RootUri;
        var catalog = factory.Services.GetRequiredService<ConnectionCatalog>();
        var all = await catalog.ListEnabledAsync(vendors: [vendor]);
        return all.FirstOrDefault()?.Connection ?? throw new InvalidOperationException($"No enabled {vendor} connection.");
    }

    /// <summary>A typed vendor client for the declared sandbox connection of its vendor.</summary>
    public async Task<TClient> ClientAsync<TClient>(VendorKind vendor) where TClient : class, IVendorClient =>
        factory.Services.GetRequiredService<IVendorClientFactory>().Create<TClient>(await ConnectionAsync(vendor));

    /// <summary>A raw HTTP client on the sandbox (for contract tests that speak the vendor's wire format).</summary>
    public HttpClient Raw => _http;
}
