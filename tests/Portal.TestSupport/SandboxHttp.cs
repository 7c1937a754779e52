using System.Net.Http.Json;
using Portal.Sandbox;

namespace Portal.TestSupport;

/// <summary>The sandbox's control calls over an HTTP client on its host (in the portal, or a sandbox process).</summary>
public static class SandboxHttp
{
    public static async Task SetSandboxFaultsAsync(this HttpClient http, string vendor, FaultSettings faults) =>
        (await http.PutAsJsonAsync($"sandbox/_faults/{vendor}", faults)).EnsureSuccessStatusCode();

    public static async Task ClearSandboxFaultsAsync(this HttpClient http, string vendor) =>
        (await http.DeleteAsync($"sandbox/_faults/{vendor}")).EnsureSuccessStatusCode();

    public static async Task<IReadOnlyList<SandboxRequest>> SandboxRequestsAsync(this HttpClient http, string vendor) =>
        await http.GetFromJsonAsync<List<SandboxRequest>>($"sandbox/_requests/{vendor}") ?? [];
}
