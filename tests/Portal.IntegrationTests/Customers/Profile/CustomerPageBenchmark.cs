using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.Features.Customers.Index;
using Portal.Vendors;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Customers.Profile;

/// <summary>
/// How long the customer page's live reads take per vendor against the sandbox (run by hand with
/// PORTAL_BENCHMARKS=1): the index filled as the E2E tests fill it, then every source of 20 people read as the page
/// reads them (all sources of a person at once).
/// </summary>
public sealed class CustomerPageBenchmark(ITestOutputHelper output)
{
    [BenchmarkFact("PORTAL_BENCHMARKS")]
    public async Task LiveReads_PerVendor()
    {
        using var portal = new ProfilePortal();
        await SandboxIndex.FillAsync(portal.Factory);
        await using var db = await PortalData.DbAsync(portal.Factory);
        var people = await db.Set<IndexedCustomer>().GroupBy(c => c.PersonId).Where(g => g.Count() >= 3).Select(g => g.Key).OrderBy(id => id).Take(20).ToListAsync();
        var times = new Dictionary<VendorKind, List<double>>();
        var failures = 0;
        var page = Stopwatch.StartNew();
        foreach (var id in people)
        {
            var profile = await portal.ProfilesAsManagerAsync(p => p.OpenAsync(id)) ?? throw new InvalidOperationException("missing");
            await Task.WhenAll(profile.Records.Select(async record =>
            {
                var clock = Stopwatch.StartNew();
                var read = await portal.ProfilesAsManagerAsync(p => p.ReadLiveAsync(record));
                lock (times)
                {
                    failures += read.Succeeded || read.NotReadable ? 0 : 1;
                    (times.TryGetValue(record.Snapshot.Source.Vendor, out var list) ? list : times[record.Snapshot.Source.Vendor] = []).Add(clock.Elapsed.TotalMilliseconds);
                }
            }));
        }
        foreach (var (vendor, list) in times.OrderBy(t => t.Key))
        {
            list.Sort();
            output.WriteLine($"{vendor,-9} reads {list.Count,3}  median {list[list.Count / 2],7:0} ms  max {list[^1],7:0} ms");
        }
        output.WriteLine($"{people.Count} people, every source read per person at once: {page.Elapsed.TotalSeconds / people.Count:0.00} s per page; {failures} failed reads");
        Assert.Equal(0, failures);
    }
}
