using System.Text;
using Portal.Features.Audit;

namespace Portal.IntegrationTests.Audit;

/// <summary>No sensitive value from a change, and no byte of the HMAC key, ever lands in the database file.</summary>
public sealed class AuditCanaryTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    // Canaries must not be able to occur by chance in hex hashes or timestamps: hence the decimal point in the income.
    private static readonly string[] Canaries =
        ["078-05-1120", "078051120", "1961-07-04", "D1234-5678-9012", "Canary Widgets Inc", "sk_live_canary_9f8e7d", "Nick-Canary-5521", "131313.57"];

    [Fact]
    public async Task Record_SensitiveChanges_NoCanaryInAnyColumnOrInTheFile()
    {
        await AuditEntries.RecordAsync(portal.Factory, new AuditEvent(AuditActions.CustomerUpdated)
        {
            Target = new AuditTarget(AuditTargetTypes.Customer, "cova:canary"),
            Changes =
            [
                new("ssn", null, "078-05-1120"),
                new("coBuyer.socialSecurityNumber", "078051120", null),
                new("dateOfBirth", "1961-07-04", "1961-07-05"),
                new("driversLicense.number", "D1234-5678-9012", "D1234-5678-9013"),
                new("employerName", "Canary Widgets Inc", "Other Inc"),
                new("monthlyIncome", "131313.57", "131314.57"),
                new("nickname", "Nick-Canary-5521", "Nick", Sensitive: true),
            ],
        });
        await AuditEntries.RecordAsync(portal.Factory, new AuditEvent(AuditActions.ConnectionSecretReplaced)
        {
            Target = new AuditTarget(AuditTargetTypes.Connection, "7"),
            Changes = [new("clientSecret", null, "sk_live_canary_9f8e7d")],
        });

        var stored = await AuditEntries.WhereAsync(portal.Factory, _ => true);
        var cells = stored.SelectMany(e => typeof(AuditEntry).GetProperties().Select(p => p.GetValue(e)?.ToString() ?? "")).ToList();
        var file = ReadShared(portal.Factory.DatabasePath) + ReadShared(portal.Factory.DatabasePath + "-wal");
        var keyHex = Convert.ToHexString(File.ReadAllBytes(Path.Combine(portal.Factory.DataFolder, "keys", "audit-hmac.key")));

        Assert.Contains(cells, c => c.Contains("•••• 1120"));
        foreach (var canary in Canaries.Append(keyHex))
        {
            Assert.DoesNotContain(cells, c => c.Contains(canary, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(canary, file, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string ReadShared(string path)
    {
        if (!File.Exists(path))
        {
            return "";
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.Latin1);
        // Latin-1 keeps every byte as one char, so UTF-8 ASCII canaries are found wherever they sit.
        return reader.ReadToEnd();
    }
}
