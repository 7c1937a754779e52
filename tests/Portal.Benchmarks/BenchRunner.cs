using System.Diagnostics;
using Portal.Benchmarks.Scenarios;

namespace Portal.Benchmarks;

/// <summary>The outcome of a run: its figures and the scenarios that failed (with why).</summary>
public sealed record BenchRun(BenchSizes Sizes, DateTimeOffset StartedUtc, TimeSpan Elapsed, IReadOnlyList<BenchFigure> Figures, IReadOnlyDictionary<string, string> Failures)
{
    /// <summary>The command line that produced the run, as the table and the JSON say.</summary>
    public string Command { get; init; } = "";

    /// <summary>The database the portals ran on (sqlite or postgres).</summary>
    public string Database { get; init; } = BenchDatabase.Sqlite.Name;

    /// <summary>Scenarios left out on this database, with why.</summary>
    public IReadOnlyDictionary<string, string> Skipped { get; init; } = new Dictionary<string, string>();
}

/// <summary>Runs the chosen scenarios one after the other; one failing scenario does not stop the others.</summary>
public static class BenchRunner
{
    public static IReadOnlyList<IBenchScenario> All { get; } =
    [
        new IndexSearchScenario(), new LiveSearchScenario(), new SyncScenario(), new AuditScenario(), new CircuitScenario(), new StartScenario(),
    ];

    public static async Task<BenchRun> RunAsync(BenchSizes sizes, IReadOnlyCollection<string> only, string cacheFolder, TextWriter log, BenchDatabase? database = null)
    {
        var unknown = only.Except(All.Select(s => s.Name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown scenario(s) {string.Join(", ", unknown)}: {string.Join(", ", All.Select(s => s.Name))}.");
        }
        var context = new BenchContext(sizes, cacheFolder, log, database);
        var skipped = new Dictionary<string, string>();
        var failures = new Dictionary<string, string>();
        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        foreach (var scenario in All.Where(s => only.Count == 0 || only.Contains(s.Name)))
        {
            if (scenario.SkipReason(context.Database) is { } reason)
            {
                skipped[scenario.Name] = reason;
                context.Log($"--- {scenario.Name} skipped on {context.Database.Name}: {reason}");
                continue;
            }
            context.Log($"--- {scenario.Name} ({sizes.Name}), load {Machine.LoadAverage():0.00}");
            try
            {
                await scenario.RunAsync(context);
            }
            catch (Exception ex)
            {
                failures[scenario.Name] = ex.ToString();
                context.Log($"{scenario.Name} FAILED: {ex}");
            }
        }
        return new BenchRun(sizes, started, watch.Elapsed, context.Figures, failures)
        {
            Database = context.Database.Name,
            Skipped = skipped,
        };
    }
}
