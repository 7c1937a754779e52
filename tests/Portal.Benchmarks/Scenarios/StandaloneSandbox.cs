using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Portal.Sandbox;

namespace Portal.Benchmarks.Scenarios;

/// <summary>
/// The vendor sandbox alone (<c>dotnet Portal.dll sandbox --urls ...</c>) in its own process, with a population of
/// its own size; a portal is pointed at it by redirecting the declared sandbox connections (<see cref="Redirect"/>).
/// </summary>
public sealed class StandaloneSandbox : IDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;

    private StandaloneSandbox(Process process, Uri root)
    {
        _process = process;
        Root = root;
        _http = new HttpClient { BaseAddress = root };
    }

    public Uri Root { get; }

    public static async Task<StandaloneSandbox> StartAsync(int people)
    {
        var root = new Uri($"http://127.0.0.1:{PortalExecutable.FreePort()}/");
        var process = PortalExecutable.Start(
        [
            "sandbox", "--urls", root.ToString().TrimEnd('/'), "--Sandbox:Enabled=true",
            "--Sandbox:Seed=" + BenchSizes.Seed.ToString(CultureInfo.InvariantCulture), "--Sandbox:People=" + people.ToString(CultureInfo.InvariantCulture),
        ]);
        var sandbox = new StandaloneSandbox(process, root);
        try
        {
            await PortalExecutable.WaitForOkAsync(new Uri(root, "sandbox"), Stopwatch.StartNew(), process, TimeSpan.FromMinutes(3));
        }
        catch
        {
            sandbox.Dispose();
            throw;
        }
        return sandbox;
    }

    public async Task SetFaultsAsync(string vendor, FaultSettings faults) =>
        (await _http.PutAsJsonAsync($"sandbox/_faults/{vendor}", faults)).EnsureSuccessStatusCode();

    /// <summary>Points the portal's declared sandbox connections (appsettings.Development.json) at this sandbox.</summary>
    public PortalAppFactory Redirect(PortalAppFactory portal)
    {
        var root = Root.ToString().TrimEnd('/');
        return portal
            .With("Connections:SandboxDrivly:BaseUrl", $"{root}/sandbox/drivly/api/")
            .With("Connections:SandboxMyKaarma:BaseUrl", $"{root}/sandbox/mykaarma/")
            .With("Connections:SandboxCova:BaseUrl", $"{root}/sandbox/cova/crm/")
            .With("Connections:SandboxCova:Settings:tokenUrl", $"{root}/sandbox/cova/oauth2/token")
            .With("Connections:SandboxWalcu:BaseUrl", $"{root}/sandbox/walcu/")
            .With("Connections:SandboxGuardant:BaseUrl", $"{root}/sandbox/guardant/v1.0/");
    }

    public void Dispose()
    {
        _http.Dispose();
        PortalExecutable.Stop(_process);
    }
}
