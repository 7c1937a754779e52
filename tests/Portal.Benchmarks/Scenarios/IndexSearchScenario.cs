using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Customers.Search;
using Portal.Sandbox.People;

namespace Portal.Benchmarks.Scenarios;

/// <summary>
/// Index search: the mixed queries at each index size through <see cref="CustomerSearchService"/> (the page's
/// service, so one audit append per search is included), one after the other as a manager of the dealership.
/// Target: p95 ≤ 50 ms at 1M records.
/// </summary>
public sealed class IndexSearchScenario : IBenchScenario
{
    public const string Manager = "manager@sandbox.local";

    public string Name => "index";

    public async Task RunAsync(BenchContext context)
    {
        foreach (var records in context.Sizes.IndexRecords)
        {
            using var database = await IndexDatabase.PrepareAsync(context, records);
            using var portal = database.Portal();
            var queries = BenchQueries.Mix(new SandboxPopulation(BenchSizes.Seed, database.People), LoadedPeople(database), context.Sizes.Queries);
            var size = $"{database.Records:N0} records";
            var timings = await TimeAsync(portal, queries, context, size);
            context.AddLatencies(Name, "search (mixed)", timings.Values.SelectMany(t => t).ToList(), size,
                records >= 1_000_000 ? BenchTarget.Max(50) : null);
            foreach (var (kind, times) in timings)
            {
                context.Log($"  {kind,-12} n={times.Count,3} p50={Stats.Percentile(times, 50),7:0.0} p95={Stats.Percentile(times, 95),7:0.0} max={times.Max(),7:0.0} ms");
            }
        }
    }

    /// <summary>Times each query (after a few warm-up queries), by kind; logs how many found someone.</summary>
    public static async Task<Dictionary<string, List<double>>> TimeAsync(PortalAppFactory portal, IReadOnlyList<BenchQuery> queries, BenchContext context, string size)
    {
        await using var scope = await portal.ActAsAsync(Manager);
        var search = scope.ServiceProvider.GetRequiredService<CustomerSearchService>();
        foreach (var query in queries.Take(5))
        {
            await search.SearchAsync(new CustomerSearchRequest { Text = query.Text });
        }
        var timings = new Dictionary<string, List<double>>();
        var found = 0;
        foreach (var query in queries)
        {
            var watch = Stopwatch.StartNew();
            var result = await search.SearchAsync(new CustomerSearchRequest { Text = query.Text });
            var elapsed = watch.Elapsed.TotalMilliseconds;
            (timings.TryGetValue(query.Kind, out var list) ? list : timings[query.Kind] = []).Add(elapsed);
            found += result.Rows.Count > 0 ? 1 : 0;
        }
        context.Log($"  {queries.Count} queries at {size}: {found} found someone");
        return timings;
    }

    /// <summary>People 0..n-1 were loaded; about 1.65 records each, so records/2 of them are surely in.</summary>
    public static int LoadedPeople(IndexDatabase database) => Math.Max(1, database.Records / 2);
}
