using System.Net;
using System.Text.Json.Nodes;
using Portal.IntegrationTests.Vendors;
using Portal.Sandbox.Drivly;

namespace Portal.IntegrationTests.Sandbox.Drivly;

/// <summary>Drivly's wire (the API key as the Authorization header, under api/) and the readers its tests share.</summary>
internal sealed class DrivlyRaw(VendorTestPortal portal)
{
    private readonly SandboxWire _wire = new(portal, DrivlySandbox.Vendor, "sandbox/drivly/api/", DrivlySandbox.ApiKey);

    public Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, JsonNode? body = null) => _wire.SendAsync(method, path, body);

    /// <summary>With this Authorization header value (null: none).</summary>
    public Task<(HttpStatusCode Status, JsonNode? Body)> SendWithAsync(string? header, HttpMethod method, string path) => _wire.SendWithAsync(header, method, path);

    public static string? Text(JsonNode? node, string field) => SandboxWire.Text(node, field);

    public static int Number(JsonNode? node, string field) => node?[field]?.GetValue<int>() ?? -1;

    public static bool? Bool(JsonNode? node, string field) => node?[field]?.GetValue<bool>();
}
