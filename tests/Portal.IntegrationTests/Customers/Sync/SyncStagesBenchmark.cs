using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Customers.Index;
using Portal.Features.Customers.Linking;
using Portal.TestSupport;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Customers.Sync;

/// <summary>
/// Sync's portal-side stages without the vendors: the index writer (first write, then an unchanged re-run) and
/// linking, over records built straight from the sandbox population (PORTAL_BENCH_PEOPLE, default 20,000), in
/// batches of 1,000 as sync writes them. Run like <see cref="SyncIngestBenchmark"/>.
/// </summary>
public sealed class SyncStagesBenchmark(ITestOutputHelper output)
{
    [BenchmarkFact]
    public async Task Writer_And_Linking_RecordsPerSecond()
    {
        var people = SyncIngestBenchmark.People;
        using var harness = new SyncHarness(people, batchSize: 1000);
        var dealership = await PortalData.DealershipAsync(harness.Factory, "Stage Motors");
        var batches = Enumerable.Range(0, people).SelectMany(i => PopulationRecords.Of(harness.Population, i, 1000)).Chunk(1000).ToList();
        var records = batches.Sum(b => b.Length);
        var writer = harness.Factory.Services.GetRequiredService<CustomerIndexWriter>();
        var linker = harness.Factory.Services.GetRequiredService<CustomerLinker>();

        var mapper = harness.Factory.Services.GetRequiredService<IndexedCustomerMapper>();
        var map = await TimeAsync(() =>
        {
            foreach (var b in batches)
            {
                _ = CustomerIndexSql.Json(b.Select(r => mapper.Apply(r, dealership, new IndexedCustomer { SourceRef = r.Source.ToString(), ExternalId = "" })));
            }
            return Task.CompletedTask;
        });
        var write = await TimeAsync(async () => { foreach (var b in batches) { await writer.UpsertAsync(b, dealership); } });
        var link = await TimeAsync(() => linker.LinkPendingAsync());
        var written = 0;
        var rerun = await TimeAsync(async () => { foreach (var b in batches) { written += await writer.UpsertAsync(b, dealership); } });

        output.WriteLine($"map    {records,7} records in {map.TotalSeconds,6:0.00} s = {records / map.TotalSeconds,7:0} records/s (mapping and JSON only)");
        output.WriteLine($"write  {records,7} records in {write.TotalSeconds,6:0.00} s = {records / write.TotalSeconds,7:0} records/s");
        output.WriteLine($"link   {records,7} records in {link.TotalSeconds,6:0.00} s = {records / link.TotalSeconds,7:0} records/s");
        output.WriteLine($"rerun  {records,7} records in {rerun.TotalSeconds,6:0.00} s = {records / rerun.TotalSeconds,7:0} records/s, {written} written");
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed;
    }
}
