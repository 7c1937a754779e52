using System.Text;
using System.Text.Json;

namespace Portal.Benchmarks;

/// <summary>The run as a Markdown table (printed, and pasted into the README) and as JSON with the same figures.</summary>
public static class BenchReport
{
    public static string Table(BenchRun run)
    {
        var text = new StringBuilder();
        text.AppendLine($"`{run.Command}` on {Machine.Describe()}; size `{run.Sizes.Name}`; database `{run.Database}`; started {run.StartedUtc:yyyy-MM-dd HH:mm} UTC, took {run.Elapsed.TotalMinutes:0.0} min.");
        text.AppendLine();
        text.AppendLine("| scenario | figure | value | size | target | verdict | load avg |");
        text.AppendLine("|---|---|---:|---|---|---|---:|");
        foreach (var f in run.Figures)
        {
            text.AppendLine($"| {f.Scenario} | {f.Metric} | {BenchFormat.Number(f.Value)} {f.Unit} | {f.Size} | {f.Target} | {f.Verdict} | {f.LoadAverage:0.00} |");
        }
        foreach (var (scenario, reason) in run.Skipped)
        {
            text.AppendLine($"| {scenario} | skipped on {run.Database}: {reason} | | | | | |");
        }
        foreach (var (scenario, error) in run.Failures)
        {
            text.AppendLine($"| {scenario} | FAILED: {error.Split('\n')[0].Trim()} | | | | | |");
        }
        return text.ToString();
    }

    public static string Json(BenchRun run) => JsonSerializer.Serialize(new
    {
        machine = new { cores = Machine.Cores, memoryGiB = Math.Round(Machine.MemoryGiB, 1), os = Environment.OSVersion.ToString(), dotnet = Environment.Version.ToString() },
        command = run.Command,
        database = run.Database,
        size = run.Sizes,
        startedUtc = run.StartedUtc,
        elapsedSeconds = Math.Round(run.Elapsed.TotalSeconds, 1),
        figures = run.Figures.Select(f => new
        {
            f.Scenario, f.Metric, f.Value, f.Unit, f.Size,
            target = f.Target?.ToString(), f.Met, missedByPercent = f.Target?.MissedByPercent(f.Value), f.LoadAverage,
        }),
        failures = run.Failures,
        skipped = run.Skipped,
    }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });

    /// <summary>Writes bench-&lt;size&gt;[-postgres]-&lt;time&gt;.json and latest-&lt;size&gt;[-postgres].json (+ .md) into the folder; returns the first.</summary>
    public static string Write(BenchRun run, string folder)
    {
        Directory.CreateDirectory(folder);
        var json = Json(run);
        var name = run.Database == BenchDatabase.Sqlite.Name ? run.Sizes.Name : $"{run.Sizes.Name}-{run.Database}";
        var path = Path.Combine(folder, $"bench-{name}-{run.StartedUtc:yyyyMMdd-HHmmss}.json");
        File.WriteAllText(path, json);
        File.WriteAllText(Path.Combine(folder, $"latest-{name}.json"), json);
        File.WriteAllText(Path.Combine(folder, $"latest-{name}.md"), Table(run));
        return path;
    }
}
