using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Customers.Sync;
using Portal.Sandbox.People;
using Portal.Vendors;

namespace Portal.Benchmarks.Scenarios;

/// <summary>
/// Sync: a first run of one connection from the standalone sandbox over loopback (Cova's delta feed, Walcu's change
/// feed), linking included, through <see cref="SyncRunner"/> (what "Sync now" and the schedule run), then a re-run
/// with nothing changed. Targets: ≥ 5,000 records/s; no-change run ≤ 2 s.
/// </summary>
public sealed class SyncScenario : IBenchScenario
{
    public string Name => "sync";

    public async Task RunAsync(BenchContext context)
    {
        await RunAsync(context, VendorKind.Cova, SandboxVendor.Cova, context.Sizes.CovaRecords);
        await RunAsync(context, VendorKind.Walcu, SandboxVendor.Walcu, context.Sizes.WalcuRecords);
    }

    private async Task RunAsync(BenchContext context, VendorKind vendor, SandboxVendor held, int records)
    {
        var people = PeopleFor(held, records);
        using var sandbox = await StandaloneSandbox.StartAsync(people);
        using var portal = sandbox.Redirect(BenchPortal.New(context))
            // a cold first call on a loaded two-core machine can pass the interactive 2 s attempt timeout
            .With("Vendors:Resilience:AttemptTimeout", "00:00:10")
            .With("Vendors:Resilience:TotalTimeout", "00:00:30");
        var connection = (await new SandboxControl(portal).ConnectionAsync(vendor)).Id;
        var runner = portal.Services.GetRequiredService<SyncRunner>();

        var watch = Stopwatch.StartNew();
        var first = await RunOnceAsync(runner, connection);
        var elapsed = watch.Elapsed.TotalSeconds;
        var size = $"{first.Read:N0} {vendor} records ({people:N0} people)";
        context.Add(Name, $"{vendor} first run", first.Read / elapsed, "records/s", size, BenchTarget.Min(5_000));

        watch.Restart();
        var again = await RunOnceAsync(runner, connection);
        context.Add(Name, $"{vendor} no-change re-run", watch.Elapsed.TotalSeconds, "s", $"{again.Read:N0} read, {again.Written:N0} written of {first.Read:N0}", BenchTarget.Max(2));
    }

    private static async Task<SyncRunSummary> RunOnceAsync(SyncRunner runner, int connection)
    {
        var run = await runner.RunAsync(connection, SyncRunner.Manual, CancellationToken.None)
            ?? throw new InvalidOperationException("The connection did not run.");
        return run.Status == SyncRunStatus.Succeeded ? run : throw new InvalidOperationException($"Sync run {run.Status}: {run.LastError}");
    }

    /// <summary>How many people the sandbox needs for the vendor to hold about <paramref name="records"/> records (from a sample).</summary>
    private static int PeopleFor(SandboxVendor vendor, int records)
    {
        var sample = new SandboxPopulation(BenchSizes.Seed, 5_000);
        var held = Enumerable.Range(0, sample.Size).Count(i => sample.View(i, vendor) is not null);
        return (int)Math.Ceiling(records * (double)sample.Size / Math.Max(1, held));
    }
}
