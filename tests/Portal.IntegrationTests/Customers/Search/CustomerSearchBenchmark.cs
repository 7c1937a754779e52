using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Customers.Search;
using Portal.Sandbox.People;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Customers.Search;

/// <summary>
/// A measurement, not a test (it asserts nothing about time): fills the index through the real writer with
/// PORTAL_BENCH_PEOPLE people of the sandbox population (about two records each), prints the query plans, then
/// times a mix of queries through <see cref="CustomerSearchQuery"/>, the path the page uses. Skipped unless that
/// variable is set, e.g. <c>PORTAL_BENCH_PEOPLE=500000 dotnet test ... --filter CustomerSearchBenchmark</c>.
/// </summary>
public sealed class CustomerSearchBenchmark(ITestOutputHelper output)
{
    private const int Seed = 20261122;

    private int _dealership;

    [BenchmarkFact("PORTAL_BENCH_PEOPLE")]
    public async Task Measure_IndexSearchAtScale_PrintsLatencies()
    {
        var people = int.Parse(Environment.GetEnvironmentVariable("PORTAL_BENCH_PEOPLE") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        using var factory = new PortalAppFactory();
        var kept = Environment.GetEnvironmentVariable("PORTAL_BENCH_DB");
        if (!string.IsNullOrEmpty(kept))
        {
            factory.With("ConnectionStrings:Portal", "Data Source=" + kept); // reuse a filled database between runs
        }
        var index = new SearchFixture(factory);
        var population = new SandboxPopulation(Seed, people);
        await using (var db = await index.Service<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var dealership = await db.Dealerships.Where(d => d.Name.StartsWith("Bench Motors")).Select(d => (int?)d.Id).FirstOrDefaultAsync();
            _dealership = dealership ?? await index.DealershipAsync("Bench Motors");
            if (dealership is null)
            {
                await FillAsync(index, db, population, _dealership);
            }
            // No ANALYZE: the portal never runs one, so the planner works without statistics here too.
            var records = await db.Set<Portal.Features.Customers.Index.IndexedCustomer>().CountAsync();
            Report($"database file: {new FileInfo(string.IsNullOrEmpty(kept) ? factory.DatabasePath : kept).Length / 1_048_576} MiB for {records:N0} records");
            foreach (var (name, plan) in BenchmarkQueries.Plans(_dealership))
            {
                Report($"plan {name}:\n  " + string.Join("\n  ", await ExplainAsync(db, CustomerSearchSql.Page(plan))));
                await db.Database.CloseConnectionAsync();
            }
            Report("plan page details:\n  " + string.Join("\n  ", await ExplainAsync(db, CustomerSearchSql.Records([1, 2, 3], [_dealership]))));
            await db.Database.CloseConnectionAsync();
        }

        var manager = SearchFixture.Manager(_dealership);
        var all = new List<double>();
        foreach (var (kind, requests) in BenchmarkQueries.Mix(population, new Random(42)))
        {
            var times = new List<double>();
            var found = 0;
            foreach (var request in requests)
            {
                var user = times.Count % 2 == 0 ? manager : SearchFixture.Admin;
                var watch = Stopwatch.StartNew();
                var result = await index.Query.SearchAsync(user, request);
                if (kind.EndsWith("page 2", StringComparison.Ordinal) && result.Next is { } next)
                {
                    watch.Restart();
                    result = await index.Query.SearchAsync(user, request with { After = next });
                }
                times.Add(watch.Elapsed.TotalMilliseconds);
                found += result.Rows.Count > 0 ? 1 : 0;
            }
            all.AddRange(times);
            Report($"{kind,-22} n={times.Count,3} found={found,3} p50={Percentile(times, 50),7:F2} ms p95={Percentile(times, 95),7:F2} ms max={times.Max(),7:F2} ms");
        }
        Report($"ALL                    n={all.Count} p50={Percentile(all, 50):F2} ms p95={Percentile(all, 95):F2} ms max={all.Max():F2} ms");
    }

    private async Task FillAsync(SearchFixture index, PortalDbContext db, SandboxPopulation population, int dealership)
    {
        var watch = Stopwatch.StartNew();
        var sample = new SandboxPopulation(Seed + 1, 2000);
        var sampleRecords = Enumerable.Range(0, sample.Size).SelectMany(i => PopulationRecords.Of(sample, i, 100)).ToArray();
        await index.IndexAsync(dealership, sampleRecords);
        Report($"writer: {sampleRecords.Length:N0} records in {watch.Elapsed.TotalSeconds:F1} s = {sampleRecords.Length / watch.Elapsed.TotalSeconds:N0} records/s (EF writer, FTS triggers included)");
        watch.Restart();
        var total = await BenchmarkLoader.LoadAsync(db, index.Service<Portal.Features.Customers.Index.IndexedCustomerMapper>(), population, dealership);
        Report($"bulk load: {total:N0} records in {watch.Elapsed.TotalSeconds:F1} s = {total / watch.Elapsed.TotalSeconds:N0} records/s (plain INSERTs, FTS triggers included)");
    }

    private static async Task<List<string>> ExplainAsync(PortalDbContext db, SqlStatement statement)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + statement.Text;
        foreach (var (name, value) in statement.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }
        return lines;
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("PORTAL_BENCH_REPORT") is { Length: > 0 } file)
        {
            File.AppendAllText(file, line + Environment.NewLine);
        }
    }
}
