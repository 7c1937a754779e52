using System.Globalization;
using Portal.Sandbox;

namespace Portal.TestSupport.Processes;

/// <summary>
/// The vendor emulators alone (<c>dotnet Portal.dll sandbox</c>) in their own process, so that what the vendors
/// received and hold survives a kill of the portal under test (whose in-process sandbox would die with it).
/// </summary>
public sealed class SandboxProcess : IDisposable
{
    private readonly ChildPortal _child;
    private readonly HttpClient _http;

    private SandboxProcess(ChildPortal child)
    {
        _child = child;
        _http = new HttpClient { BaseAddress = child.Root };
    }

    public Uri Root => _child.Root;

    public HttpClient Raw => _http;

    public static async Task<SandboxProcess> StartAsync(int people = 200, int seed = 20261122) =>
        new(await ChildPortal.StartAsync(
        [
            "sandbox", "--Sandbox:Enabled=true",
            "--Sandbox:Seed=" + seed.ToString(CultureInfo.InvariantCulture),
            "--Sandbox:People=" + people.ToString(CultureInfo.InvariantCulture),
        ], "sandbox"));

    public Task SetFaultsAsync(string vendor, FaultSettings faults) => _http.SetSandboxFaultsAsync(vendor, faults);

    public Task ClearFaultsAsync(string vendor) => _http.ClearSandboxFaultsAsync(vendor);

    public Task<IReadOnlyList<SandboxRequest>> RequestsAsync(string vendor) => _http.SandboxRequestsAsync(vendor);

    /// <summary>The settings that point every sandbox connection declared in appsettings.Development.json here.</summary>
    public IEnumerable<KeyValuePair<string, string>> ConnectionSettings()
    {
        var root = Root.ToString().TrimEnd('/');
        yield return new("Connections:SandboxDrivly:BaseUrl", $"{root}/sandbox/drivly/api/");
        yield return new("Connections:SandboxMyKaarma:BaseUrl", $"{root}/sandbox/mykaarma/");
        yield return new("Connections:SandboxCova:BaseUrl", $"{root}/sandbox/cova/crm/");
        yield return new("Connections:SandboxCova:Settings:tokenUrl", $"{root}/sandbox/cova/oauth2/token");
        yield return new("Connections:SandboxWalcu:BaseUrl", $"{root}/sandbox/walcu/");
        yield return new("Connections:SandboxGuardant:BaseUrl", $"{root}/sandbox/guardant/v1.0/");
    }

    public void Dispose()
    {
        _http.Dispose();
        _child.Dispose();
    }
}
