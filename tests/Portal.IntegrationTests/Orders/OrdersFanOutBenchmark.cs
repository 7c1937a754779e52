using System.Diagnostics;
using System.Globalization;
using Portal.Features.Orders;
using Portal.Features.Orders.Sources;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Orders;

/// <summary>
/// How long the dealership-wide orders page takes on the default sandbox size (Guardant is asked customer by customer).
/// PORTAL_BENCH_PEOPLE sets the population (default 2,000). Run:
/// <c>PORTAL_BENCHMARKS=1 dotnet test tests/Portal.IntegrationTests --filter FullyQualifiedName~OrdersFanOutBenchmark --logger "console;verbosity=detailed"</c>
/// </summary>
public sealed class OrdersFanOutBenchmark(ITestOutputHelper output)
{
    [BenchmarkFact("PORTAL_BENCHMARKS")]
    public async Task DealershipWide_FirstPage_NextPage_Chart()
    {
        var people = int.TryParse(Environment.GetEnvironmentVariable("PORTAL_BENCH_PEOPLE"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 2_000;
        using var factory = new PortalAppFactory().With("Sandbox:People", people.ToString(CultureInfo.InvariantCulture));
        await SandboxIndex.FillAsync(factory);
        await using var scope = await factory.ActAsAsync(OrdersPortal.Manager);
        var service = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<OrdersService>(scope.ServiceProvider);
        var progress = new Counting();

        var clock = Stopwatch.StartNew();
        var first = await service.PageAsync(OrderFilter.None, null, 25, progress);
        var firstTime = clock.Elapsed;
        clock.Restart();
        var next = await service.PageAsync(OrderFilter.None, first.Next, 25);
        var nextTime = clock.Elapsed;
        clock.Restart();
        var counts = await service.MonthlyCountsAsync(OrderFilter.None);
        var chartTime = clock.Elapsed;

        output.WriteLine($"{people} people, {progress.Total} Guardant customers fanned out: first page {firstTime.TotalMilliseconds:0} ms, " +
            $"next page {nextTime.TotalMilliseconds:0} ms ({next.Rows.Count} rows), chart over {counts.Sum(c => c.Count)} orders {chartTime.TotalMilliseconds:0} ms");
    }

    private sealed class Counting : IProgress<OrderLoadProgress>
    {
        public int Total { get; private set; }

        public void Report(OrderLoadProgress value) => Total = Math.Max(Total, value.Total);
    }
}
