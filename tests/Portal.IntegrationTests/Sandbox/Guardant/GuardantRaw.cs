using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Portal.IntegrationTests.Vendors;
using Portal.Sandbox.Guardant;

namespace Portal.IntegrationTests.Sandbox.Guardant;

/// <summary>Guardant's wire format spoken directly (no client), for the contract tests.</summary>
internal sealed class GuardantRaw(VendorTestPortal portal)
{
    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, JsonNode? body = null, string? key = GuardantSandbox.ApiKey)
    {
        await portal.Sandbox.ClearFaultsAsync(GuardantSandbox.Vendor);
        using var request = new HttpRequestMessage(method, "sandbox/guardant/v1.0/" + path);
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        }
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        using var response = await portal.Sandbox.Raw.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

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

    public static string? Text(JsonNode? node, string field) => node?[field]?.GetValue<string>();
}
