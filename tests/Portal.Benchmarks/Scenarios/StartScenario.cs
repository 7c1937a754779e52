using System.Diagnostics;

namespace Portal.Benchmarks.Scenarios;

/// <summary>
/// Start: the built portal (<c>dotnet Portal.dll</c>, Development, as <c>dotnet run</c> starts it without the build
/// step) on a copy of an existing filled database, from process start to <c>/healthz</c> 200. Three starts; the
/// first is the coldest (fresh copy). Target: ≤ 3 s.
/// </summary>
public sealed class StartScenario : IBenchScenario
{
    private const int Starts = 3;

    public string Name => "start";

    public string? SkipReason(BenchDatabase database) =>
        database.IsPostgres ? "it starts the built portal on a copy of a filled SQLite file (a PostgreSQL start is not measured)" : null;

    public async Task RunAsync(BenchContext context)
    {
        using var database = await IndexDatabase.PrepareAsync(context, context.Sizes.StartRecords);
        var times = new List<double>();
        var listening = new List<double>();
        for (var i = 0; i < Starts; i++)
        {
            var root = new Uri($"http://127.0.0.1:{PortalExecutable.FreePort()}/");
            var watch = Stopwatch.StartNew();
            var listeningAt = 0.0;
            var process = PortalExecutable.Start(
                ["--urls", root.ToString().TrimEnd('/'), $"--ConnectionStrings:Portal=Data Source={database.DatabasePath}"],
                new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" },
                line => listeningAt = line.Contains("Now listening on", StringComparison.Ordinal) ? watch.Elapsed.TotalMilliseconds : listeningAt);
            try
            {
                times.Add((await PortalExecutable.WaitForOkAsync(new Uri(root, "healthz"), watch, process, TimeSpan.FromMinutes(2))).TotalMilliseconds);
            }
            finally
            {
                PortalExecutable.Stop(process);
            }
            listening.Add(listeningAt);
            context.Log($"  start {i + 1}: {times[^1]:0} ms (listening after {listeningAt:0} ms)");
        }
        var size = $"{database.Records:N0} records";
        context.Add(Name, "cold start to /healthz 200 (first start)", times[0] / 1000, "s", size, BenchTarget.Max(3));
        context.Add(Name, $"start to /healthz 200, median of {Starts}", Stats.Percentile(times, 50) / 1000, "s", size, BenchTarget.Max(3));
        context.Add(Name, $"of which start-up steps until listening, median", Stats.Percentile(listening, 50) / 1000, "s", size);
    }
}
