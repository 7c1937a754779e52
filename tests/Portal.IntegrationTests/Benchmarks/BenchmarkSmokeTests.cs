using System.Text.Json;
using Portal.Benchmarks;

namespace Portal.IntegrationTests.Benchmarks;

/// <summary>
/// The smoke run of the benchmarks (tests/Portal.Benchmarks): each scenario at its tiny size must run to the end and
/// produce figures, and the report must carry them. It checks that the benchmark works, never how fast anything is.
/// </summary>
public sealed class BenchmarkSmokeTests : IClassFixture<BenchmarkSmokeTests.CacheFolder>
{
    private readonly CacheFolder _cache;

    public BenchmarkSmokeTests(CacheFolder cache) => _cache = cache;

    public static TheoryData<string> Scenarios => [.. BenchRunner.All.Select(s => s.Name)];

    [Postgres.SqliteTheory("the benchmark harness builds and caches SQLite index files (Portal.Benchmarks/Scenarios/IndexDatabase)")]
    [MemberData(nameof(Scenarios))]
    public async Task TinyRun_Scenario_ProducesFiguresWithSizesAndLoad(string scenario)
    {
        var log = new StringWriter();

        var run = await BenchRunner.RunAsync(BenchSizes.Tiny, [scenario], _cache.Path, log);

        Assert.True(run.Failures.Count == 0, log.ToString());
        Assert.NotEmpty(run.Figures);
        Assert.All(run.Figures, f =>
        {
            Assert.Equal(scenario, f.Scenario);
            Assert.True(double.IsFinite(f.Value) && f.Value >= 0, $"{f.Metric} = {f.Value}");
            Assert.False(string.IsNullOrWhiteSpace(f.Size));
        });
        var written = BenchReport.Write(run, Path.Combine(_cache.Path, "out-" + scenario));
        using var json = JsonDocument.Parse(File.ReadAllText(written));
        Assert.Equal(Environment.ProcessorCount, json.RootElement.GetProperty("machine").GetProperty("cores").GetInt32());
        Assert.Equal(run.Figures.Count, json.RootElement.GetProperty("figures").GetArrayLength());
        Assert.Contains($"{Environment.ProcessorCount} cores", BenchReport.Table(run));
    }

    [Fact]
    public void Target_Missed_SaysByHowMuch()
    {
        var latency = new BenchFigure("index", "p95", 75, "ms", "1M", BenchTarget.Max(50), 1);
        var rate = new BenchFigure("sync", "rate", 6_000, "records/s", "100k", BenchTarget.Min(5_000), 1);

        Assert.Equal("missed by 50%", latency.Verdict);
        Assert.Equal("met", rate.Verdict);
    }

    /// <summary>One cache folder for the class: the tiny index is built once and reused by the scenarios.</summary>
    public sealed class CacheFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "portal-bench-smoke", Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // a file still held open: the temp folder is cleaned by the OS
            }
        }
    }
}
