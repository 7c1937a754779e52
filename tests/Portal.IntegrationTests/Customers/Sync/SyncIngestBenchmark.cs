using System.Diagnostics;
using System.Globalization;
using Portal.Vendors;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Customers.Sync;

/// <summary>
/// Sync ingest rate from the sandbox (target: 5,000 records/s), first full run of every vendor including linking.
/// PORTAL_BENCH_PEOPLE sets the population (default 20,000). Run:
/// <c>PORTAL_BENCHMARKS=1 dotnet test tests/Portal.IntegrationTests --filter FullyQualifiedName~SyncIngestBenchmark --logger "console;verbosity=detailed"</c>
/// </summary>
public sealed class SyncIngestBenchmark(ITestOutputHelper output)
{
    [BenchmarkFact]
    public async Task FirstFullRun_EveryVendor_RecordsPerSecond()
    {
        var people = People;
        using var harness = new SyncHarness(people, batchSize: 1000);
        harness.Factory.With("Customers:Sync:DeletionSweepInterval", "01:00:00"); // as configured by default
        _ = harness.Factory.RootUri;
        await RunEveryVendorAsync(harness, "first", people);
        await RunEveryVendorAsync(harness, "re-run", people); // nothing changed: should write nothing, quickly
    }

    /// <summary>PORTAL_BENCH_PEOPLE, else 20,000.</summary>
    internal static int People =>
        int.TryParse(Environment.GetEnvironmentVariable("PORTAL_BENCH_PEOPLE"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 20_000;

    private async Task RunEveryVendorAsync(SyncHarness harness, string pass, int people)
    {
        var (read, written, elapsed) = (0, 0, TimeSpan.Zero);
        foreach (var vendor in Enum.GetValues<VendorKind>())
        {
            var clock = Stopwatch.StartNew();
            var run = await harness.RunAsync(vendor);
            clock.Stop();
            (read, written, elapsed) = (read + run.Read, written + run.Written, elapsed + clock.Elapsed);
            output.WriteLine($"{pass,-6} {vendor,-9} {run.Status} read {run.Read,7} written {run.Written,7} in {clock.Elapsed.TotalSeconds,6:0.0} s = {run.Read / clock.Elapsed.TotalSeconds,6:0} records/s");
        }
        output.WriteLine($"{pass,-6} all       read {read,7} written {written,7} in {elapsed.TotalSeconds,6:0.0} s = {read / elapsed.TotalSeconds,6:0} records/s ({people} people)");
    }
}
