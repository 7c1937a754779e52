namespace Portal.TestSupport.Leaks;

/// <summary>
/// When <c>PORTAL_LEAK_REPORT</c> names a folder (scripts/test.sh sets it), every test portal scans its logs and its
/// data folder as it is disposed and appends what it scanned and found there; LeakVerdictTests reads the result.
/// </summary>
public static class LeakReport
{
    public const string Variable = "PORTAL_LEAK_REPORT";
    private static readonly Lock Gate = new();

    public static string? Folder => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } f ? f : null;

    // One file per process: the test assemblies run in parallel processes and must not contend for one file.
    public static string ScansFile(string folder) => Path.Combine(folder, $"scans-{Environment.ProcessId}.log");

    public static string HitsFile(string folder) => Path.Combine(folder, $"leaks-{Environment.ProcessId}.log");

    public static void ScanIfEnabled(string name, IReadOnlyList<LeakCanary> canaries, string dataFolder, IEnumerable<string> logLines)
    {
        if (Folder is not { } folder)
        {
            return;
        }
        var lines = logLines.ToList();
        var hits = LeakScanner.Scan(canaries, dataFolder, lines);
        lock (Gate)
        {
            Directory.CreateDirectory(folder);
            File.AppendAllLines(ScansFile(folder), [$"{name}\t{lines.Count} log lines\t{canaries.Count} canaries"]);
            File.AppendAllLines(HitsFile(folder), hits.Select(h => $"{name}\t{h.Where}\t{h.Kind}\t{h.Masked}"));
        }
    }
}
