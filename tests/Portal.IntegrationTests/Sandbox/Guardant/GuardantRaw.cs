using System.Net;
using System.Text.Json.Nodes;
using Portal.IntegrationTests.Vendors;
using Portal.Sandbox.Guardant;

namespace Portal.IntegrationTests.Sandbox.Guardant;

/// <summary>Guardant's wire (Bearer API key, under v1.0/) and the lookups its contract tests share.</summary>
internal sealed class GuardantRaw(VendorTestPortal portal)
{
    private readonly SandboxWire _wire = new(portal, GuardantSandbox.Vendor, "sandbox/guardant/v1.0/", "Bearer " + GuardantSandbox.ApiKey);

    public Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, JsonNode? body = null) => _wire.SendAsync(method, path, body);

    /// <summary>With this API key (null: no Authorization header).</summary>
    public Task<(HttpStatusCode Status, JsonNode? Body)> SendWithKeyAsync(string? key, HttpMethod method, string path) =>
        _wire.SendWithAsync(key is null ? null : "Bearer " + key, method, path);

    /// <summary>The first customer (by company) with at least <paramref name="minimum"/> orders.</summary>
    public async Task<long> CustomerWithOrdersAsync(int minimum)
    {
        var (_, list) = await SendAsync(HttpMethod.Get, "customers?sortby=company&limit=200");
        foreach (var id in Values(list, "customers", "_id"))
        {
            var (_, orders) = await SendAsync(HttpMethod.Get, $"customers/{id}/orders");
            if (orders?["orders"]?.AsArray().Count >= minimum)
            {
                return id;
            }
        }
        throw new InvalidOperationException($"No customer has {minimum} orders.");
    }

    public static List<long> Values(JsonNode? body, string list, string field) =>
        body?[list]?.AsArray().Select(o => o?[field]?.GetValue<long>() ?? -1).ToList() ?? [];

    public static string? Text(JsonNode? node, string field) => SandboxWire.Text(node, field);
}
