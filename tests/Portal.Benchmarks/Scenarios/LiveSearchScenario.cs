using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Customers.Search.Live;
using Portal.Sandbox;
using Portal.Sandbox.People;
using Portal.Vendors;

namespace Portal.Benchmarks.Scenarios;

/// <summary>
/// Index vs live, and the fan-out: the same queries answered by the index (the page's service) and by
/// <see cref="LiveVendorSearchService"/> against the standalone sandbox holding the same people, with fixed
/// latencies injected (Drivly 80, Walcu 150, Guardant 300 ms); then with Guardant hanging. Targets: index ≥ 20×
/// faster; fan-out total ≤ slowest + 50 ms; with a hang, the others' results within the deadline.
/// </summary>
public sealed class LiveSearchScenario : IBenchScenario
{
    private static readonly Dictionary<VendorKind, int> Latencies = new() { [VendorKind.Drivly] = 80, [VendorKind.Walcu] = 150, [VendorKind.Guardant] = 300 };

    public string Name => "live";

    public async Task RunAsync(BenchContext context)
    {
        using var database = await IndexDatabase.PrepareAsync(context, context.Sizes.LiveRecords);
        using var sandbox = await StandaloneSandbox.StartAsync(database.People);
        using var portal = sandbox.Redirect(database.Portal());
        var queries = BenchQueries.Mix(new SandboxPopulation(BenchSizes.Seed, database.People), IndexSearchScenario.LoadedPeople(database), context.Sizes.LiveQueries * 3)
            .Where(q => LiveQuery.TryCreate(q.Text, out _, out _)).Take(context.Sizes.LiveQueries).ToList();
        var size = $"{database.Records:N0} records, {queries.Count} queries";
        foreach (var (vendor, latency) in Latencies)
        {
            await sandbox.SetFaultsAsync(vendor.ToString().ToLowerInvariant(), new FaultSettings { LatencyMs = latency });
        }

        var index = (await IndexSearchScenario.TimeAsync(portal, queries, context, size)).Values.SelectMany(t => t).ToList();
        var live = new List<double>();
        var failed = 0;
        await using (var scope = await portal.ActAsAsync(IndexSearchScenario.Manager))
        {
            var service = scope.ServiceProvider.GetRequiredService<LiveVendorSearchService>();
            await FanOutAsync(service, queries[0].Text, context); // warm-up: connections, tokens, JIT
            foreach (var query in queries)
            {
                var (total, _, failures) = await FanOutAsync(service, query.Text, context);
                live.Add(total);
                failed += failures;
            }
        }
        var slowest = Latencies.Values.Max();
        context.Add(Name, "index search p50 (same queries)", Stats.Percentile(index, 50), "ms", size);
        context.Add(Name, "live fan-out p50", Stats.Percentile(live, 50), "ms", size);
        context.Add(Name, "live ÷ index (p50s)", Stats.Percentile(live, 50) / Stats.Percentile(index, 50), "×", size, BenchTarget.Min(20));
        context.Add(Name, $"fan-out total p95 (80/150/300 ms vendors)", Stats.Percentile(live, 95), "ms", size, BenchTarget.Max(slowest + 50));
        context.Add(Name, "vendor answers missing (timeout or error)", failed, "answers", $"{queries.Count * Latencies.Count} asked");

        await sandbox.SetFaultsAsync("guardant", new FaultSettings { HangRate = 1 });
        var others = new List<double>();
        var totals = new List<double>();
        await using (var scope = await portal.ActAsAsync(IndexSearchScenario.Manager))
        {
            var service = scope.ServiceProvider.GetRequiredService<LiveVendorSearchService>();
            foreach (var query in queries.Take(Math.Min(queries.Count, 5)))
            {
                var (total, othersDone, _) = await FanOutAsync(service, query.Text, context, hanging: VendorKind.Guardant);
                others.Add(othersDone);
                totals.Add(total);
            }
        }
        var hangSize = $"{others.Count} queries, Guardant hanging";
        context.Add(Name, "others' results with one vendor hanging, max", others.Max(), "ms", hangSize, BenchTarget.Max(LiveVendorSearchService.Deadline.TotalMilliseconds));
        context.Add(Name, "whole fan-out with one vendor hanging, max", totals.Max(), "ms", hangSize);
    }

    /// <summary>
    /// Runs one live search to the end; returns its total time, when every vendor but the hanging one had answered,
    /// and how many of the others answered with a problem (logged) instead of customers.
    /// </summary>
    private static async Task<(double Total, double OthersDone, int Failures)> FanOutAsync(
        LiveVendorSearchService service, string text, BenchContext context, VendorKind? hanging = null)
    {
        if (!LiveQuery.TryCreate(text, out var query, out var problem))
        {
            throw new InvalidOperationException(problem);
        }
        var watch = Stopwatch.StartNew();
        var othersDone = 0.0;
        var failures = 0;
        await foreach (var answer in service.SearchAsync(query, dealershipId: null))
        {
            if (answer.Vendor != hanging)
            {
                othersDone = watch.Elapsed.TotalMilliseconds;
            }
            if (answer.Vendor != hanging && !answer.Succeeded)
            {
                failures++;
                context.Log($"  {answer.ConnectionName}: {answer.Problem} after {answer.Elapsed.TotalMilliseconds:0} ms");
            }
        }
        return (watch.Elapsed.TotalMilliseconds, othersDone, failures);
    }
}
