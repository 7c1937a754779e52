namespace Portal.IntegrationTests.Customers.Sync;

/// <summary>A benchmark, not a test: skipped unless PORTAL_BENCHMARKS=1 (it takes minutes and measures, it does not check).</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("PORTAL_BENCHMARKS") != "1")
        {
            Skip = "Benchmark: set PORTAL_BENCHMARKS=1 to run it.";
        }
    }
}
