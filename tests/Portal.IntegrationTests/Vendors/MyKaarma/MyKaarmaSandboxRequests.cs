using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Portal.IntegrationTests.Vendors.MyKaarma;

/// <summary>A view request made through the sandbox-only control, with its ids for the test to use.</summary>
public sealed record MyKaarmaTestRequest(string Token, string RequestUuid, IReadOnlyList<string> ItemUuids, JsonNode Profile);

/// <summary>Creates fresh view requests through POST /sandbox/mykaarma/_sandbox/profileViewRequest (not part of the vendor API).</summary>
public static class MyKaarmaSandboxRequests
{
    public const string Department = "0f1c3f4e-5a6b-4c7d-8e9f-a0b1c2d3e4f5";
    public const string Casey = "a5500000-0000-4000-8000-000000000001";
    public const string Riley = "a5500000-0000-4000-8000-000000000004";

    public static async Task<MyKaarmaTestRequest> CreateAsync(
        SandboxControl sandbox, string requestedBy, params (string Type, string Status)[] items) =>
        await CreateAsync(sandbox, new { requestedByUserUuid = requestedBy, items = items.Select(i => new { type = i.Type, status = i.Status }) });

    public static async Task<MyKaarmaTestRequest> CreateAsync(SandboxControl sandbox, object body)
    {
        var response = await sandbox.Raw.PostAsJsonAsync("sandbox/mykaarma/_sandbox/profileViewRequest", body);
        response.EnsureSuccessStatusCode();
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty answer.");
        var profile = json["customerProfileDataRequestDTO"] ?? throw new InvalidOperationException("No profile in the answer.");
        return new MyKaarmaTestRequest(
            json["customerProfileViewRequestToken"]?.GetValue<string>() ?? "",
            profile["vaultDataRequestUUID"]?.GetValue<string>() ?? "",
            profile["items"]?.AsArray().Select(i => i?["uuid"]?.GetValue<string>() ?? "").ToList() ?? [],
            profile);
    }

    /// <summary>The review calls the emulator received for an item: (recorded, replayed) per call.</summary>
    public static async Task<IReadOnlyList<(bool Recorded, bool Replayed)>> ReviewCallsAsync(SandboxControl sandbox, string itemUuid)
    {
        var all = await sandbox.Raw.GetFromJsonAsync<JsonArray>("sandbox/mykaarma/_sandbox/reviews") ?? [];
        return all.Where(r => r?["itemUuid"]?.GetValue<string>() == itemUuid)
            .Select(r => (r?["recorded"]?.GetValue<bool>() == true, r?["replayed"]?.GetValue<bool>() == true)).ToList();
    }
}
