using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Portal.IntegrationTests.Vendors;

namespace Portal.IntegrationTests.Sandbox;

/// <summary>
/// An emulator's wire format spoken directly (no vendor client), as contract tests need: JSON in and out, the
/// vendor's own Authorization value, and no faults left over from another test.
/// </summary>
internal sealed class SandboxWire(VendorTestPortal portal, string vendor, string basePath, string authorization)
{
    /// <summary>Sends with the sandbox credentials.</summary>
    public Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, JsonNode? body = null) =>
        SendWithAsync(authorization, method, path, body);

    /// <summary>Sends with this Authorization header value (null: none).</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendWithAsync(string? header, HttpMethod method, string path, JsonNode? body = null)
    {
        await portal.Sandbox.ClearFaultsAsync(vendor);
        using var request = new HttpRequestMessage(method, basePath + path);
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        using var response = await portal.Sandbox.Raw.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static string? Text(JsonNode? node, string field) => node?[field]?.GetValue<string>();
}
