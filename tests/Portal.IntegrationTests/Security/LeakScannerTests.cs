using Microsoft.Data.Sqlite;
using Portal.TestSupport.Leaks;

namespace Portal.IntegrationTests.Security;

/// <summary>The scanner finds what it is meant to find, so that a clean verdict means something.</summary>
public sealed class LeakScannerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("leak-scan-").FullName;

    [Fact]
    public void Scan_SsnInASqliteRowAndALicenceInALog_AreBothFound()
    {
        var canaries = LeakCanaries.For(20261122, 50);
        var ssn = canaries.First(c => c.Kind == "SSN").Value;
        var licence = canaries.First(c => c.Kind == "licence number").Value;
        using (var db = new SqliteConnection($"Data Source={Path.Combine(_folder, "x.db")};Pooling=false"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "CREATE TABLE t (v TEXT); INSERT INTO t VALUES ($v);";
            command.Parameters.AddWithValue("$v", $"{{\"ssn\":\"{ssn}\"}}");
            command.ExecuteNonQuery();
        }

        var hits = LeakScanner.Scan(canaries, _folder, [$"info: looked up {licence} for a customer", "nothing here"]);

        Assert.Contains(hits, h => h.Kind == "SSN" && h.Where == "x.db");
        Assert.Contains(hits, h => h.Kind == "licence number" && h.Where.StartsWith("log", StringComparison.Ordinal));
        Assert.DoesNotContain(hits, h => h.Masked.Contains(ssn, StringComparison.Ordinal));
    }

    [Fact]
    public void Canaries_IncludeEveryVendorCredential() =>
        Assert.Equal(6, LeakCanaries.Secrets.Select(s => s.Value).Distinct().Count());

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
