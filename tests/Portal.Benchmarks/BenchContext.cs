namespace Portal.Benchmarks;

/// <summary>What a scenario gets: the sizes, the database, a folder for cached databases, a log and the list figures go to.</summary>
public sealed class BenchContext(BenchSizes sizes, string cacheFolder, TextWriter log, BenchDatabase? database = null)
{
    private readonly Lock _gate = new();

    public BenchSizes Sizes => sizes;

    /// <summary>The database the portals under test run on (SQLite unless <c>--database postgres</c>).</summary>
    public BenchDatabase Database { get; } = database ?? BenchDatabase.Sqlite;

    /// <summary>Built databases kept between runs (keyed by size, seed and schema), e.g. the 1M-record index.</summary>
    public string CacheFolder => cacheFolder;

    public List<BenchFigure> Figures { get; } = [];

    public void Log(string line)
    {
        lock (_gate)
        {
            log.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}");
            log.Flush();
        }
    }

    public BenchFigure Add(string scenario, string metric, double value, string unit, string size, BenchTarget? target = null)
    {
        var figure = new BenchFigure(scenario, metric, value, unit, size, target, Machine.LoadAverage());
        lock (_gate)
        {
            Figures.Add(figure);
        }
        Log($"{scenario} | {metric} = {BenchFormat.Number(value)} {unit} ({size}) {figure.Verdict} load {figure.LoadAverage:0.00}");
        return figure;
    }

    /// <summary>p50, p95 and p99 of a set of timings in milliseconds; the target, when given, applies to p95.</summary>
    public void AddLatencies(string scenario, string metric, IReadOnlyCollection<double> millis, string size, BenchTarget? p95Target = null)
    {
        Add(scenario, metric + " p50", Stats.Percentile(millis, 50), "ms", size);
        Add(scenario, metric + " p95", Stats.Percentile(millis, 95), "ms", size, p95Target);
        Add(scenario, metric + " p99", Stats.Percentile(millis, 99), "ms", size);
    }
}
