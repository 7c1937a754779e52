using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Sandbox.People;
using Portal.Sandbox.Walcu;

namespace Portal.IntegrationTests.Sandbox.Walcu;

/// <summary>Speaks Walcu's wire format to the running emulator, as a contract test must (no vendor client in between).</summary>
internal sealed class WalcuWire(PortalAppFactory factory)
{
    private readonly HttpClient _http = Authorized(factory.CreateLoopbackClient());

    public static string Dealer(string path) => $"sandbox/walcu/dealers/{WalcuSandbox.DealerId}/{path}";

    public SandboxPopulation Population => factory.Services.GetRequiredService<SandboxPopulation>();

    /// <summary>How many clients the generated world holds from person <paramref name="from"/> on.</summary>
    public int GeneratedClients(int from = 0) =>
        Enumerable.Range(from, Population.Size - from).Count(i => Population.Holds(i, SandboxVendor.Walcu));

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null)
    {
        var request = new HttpRequestMessage(method, Dealer(path));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        return _http.SendAsync(request);
    }

    public async Task<(JsonNode? Body, HttpResponseMessage Response)> JsonAsync(HttpMethod method, string path, string? json = null)
    {
        var response = await SendAsync(method, path, json);
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync()), response);
    }

    public async Task<JsonArray> ListAsync(string collection, string query = "")
    {
        var (body, response) = await JsonAsync(HttpMethod.Get, $"{collection}?{query}");
        response.EnsureSuccessStatusCode();
        return body as JsonArray ?? throw new InvalidOperationException("A list answer must be a JSON array.");
    }

    public async Task<JsonObject> GetAsync(string collection, string id)
    {
        var (body, response) = await JsonAsync(HttpMethod.Get, $"{collection}/{id}");
        response.EnsureSuccessStatusCode();
        return body as JsonObject ?? throw new InvalidOperationException("A single record must be a JSON object.");
    }

    /// <summary>A client that has at least one record in <paramref name="collection"/> (by client_id), skipping the first <paramref name="skip"/>.</summary>
    public async Task<string> ClientWithAsync(string collection, int skip = 0)
    {
        var found = 0;
        foreach (var client in await ListAsync("clients", "limit=1000&project=_id"))
        {
            var id = client?["_id"]?.GetValue<string>() ?? "";
            if ((await ListAsync(collection, "limit=1&q=" + Uri.EscapeDataString($$"""{"client_id":"{{id}}"}"""))).Count > 0 && found++ == skip)
            {
                return id;
            }
        }
        throw new InvalidOperationException($"No client with {collection}.");
    }

    private static HttpClient Authorized(HttpClient http)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WalcuSandbox.ApiKey);
        return http;
    }
}
