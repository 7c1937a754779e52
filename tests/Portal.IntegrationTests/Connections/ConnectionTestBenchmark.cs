using Portal.Features.Connections.Admin;
using Portal.Vendors;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Connections;

/// <summary>
/// "Test connection" latency against each sandbox emulator over loopback: the first (cold) call and the median of
/// the next 20. A measurement, not a check. Run:
/// <c>PORTAL_BENCH_CONNECTIONS=1 dotnet test tests/Portal.IntegrationTests --filter FullyQualifiedName~ConnectionTestBenchmark --logger "console;verbosity=detailed"</c>
/// </summary>
public sealed class ConnectionTestBenchmark(ITestOutputHelper output)
{
    private const string Admin = "admin@sandbox.local";

    [BenchmarkFact("PORTAL_BENCH_CONNECTIONS")]
    public async Task TestConnection_EverySandboxVendor_Latency()
    {
        using var factory = new PortalAppFactory().With("Customers:Sync:Enabled", "false");
        var rows = await factory.AsAsync<ConnectionAdminService, IReadOnlyList<ConnectionRow>>(Admin, s => s.ListAsync());
        foreach (var row in rows)
        {
            var results = new List<ConnectionTestResult>();
            for (var i = 0; i < 21; i++)
            {
                results.Add(await factory.AsAsync<ConnectionOperations, ConnectionTestResult>(Admin, s => s.TestAsync(row.Id)));
            }
            var warm = results.Skip(1).Select(r => r.Latency.TotalMilliseconds).Order().ToList();
            output.WriteLine($"{row.Vendor.DisplayName(),-10} ok {results.Count(r => r.Succeeded),2}/21 cold {results[0].Latency.TotalMilliseconds,6:0} ms, " +
                $"median {warm[warm.Count / 2],5:0.0} ms, max {warm[^1],5:0.0} ms");
            foreach (var failed in results.Where(r => !r.Succeeded))
            {
                output.WriteLine($"  failed after {failed.Latency.TotalMilliseconds:0} ms: {failed.Failure} {failed.Message}");
            }
        }
    }
}
