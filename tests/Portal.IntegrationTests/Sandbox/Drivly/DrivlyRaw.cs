using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Portal.IntegrationTests.Vendors;
using Portal.Sandbox.Drivly;

namespace Portal.IntegrationTests.Sandbox.Drivly;

/// <summary>Drivly's wire format spoken directly (no client), for the contract tests.</summary>
internal sealed class DrivlyRaw(VendorTestPortal portal)
{
    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string pathAndQuery, JsonNode? body = null, string? key = DrivlySandbox.ApiKey)
    {
        await portal.Sandbox.ClearFaultsAsync(DrivlySandbox.Vendor);
        using var request = new HttpRequestMessage(method, "sandbox/drivly/api/" + pathAndQuery);
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", key);
        }
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        using var response = await portal.Sandbox.Raw.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    public static string? Text(JsonNode? node, string field) => node?[field]?.GetValue<string>();

    public static int Number(JsonNode? node, string field) => node?[field]?.GetValue<int>() ?? -1;

    public static bool? Bool(JsonNode? node, string field) => node?[field]?.GetValue<bool>();
}
