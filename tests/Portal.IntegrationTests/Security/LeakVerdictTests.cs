using Portal.TestSupport.Leaks;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// The verdict over a whole test run: scripts/test.sh runs the suite with PORTAL_LEAK_REPORT set (every test portal
/// scans its logs and database as it closes), then runs this with PORTAL_LEAK_VERDICT set.
/// </summary>
public sealed class LeakVerdictTests
{
    [RequiresEnvFact("PORTAL_LEAK_VERDICT", "The leak verdict over a whole run")]
    public void TestRun_LogsAndDatabases_HoldNoCanary()
    {
        var folder = LeakReport.Folder ?? throw new InvalidOperationException($"{LeakReport.Variable} is not set.");
        var scans = Directory.GetFiles(folder, "scans-*.log").SelectMany(File.ReadAllLines).ToList();
        var hits = Directory.GetFiles(folder, "leaks-*.log").SelectMany(File.ReadAllLines).ToList();

        Assert.True(scans.Count >= 20, $"Only {scans.Count} test portals were scanned: the run did not report.");
        Assert.True(hits.Count == 0, $"{hits.Count} canaries found in clear:\n{string.Join('\n', hits.Take(50))}");
    }
}
