using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Hosting;
using Portal.Vendors;

namespace Portal.Features.Connections;

/// <summary>
/// Upserts the connections declared under "Connections:&lt;key&gt;" on every start (configuration wins; the
/// admin page says so for these). Keys: Vendor, Name, Dealership (name; created when missing), BaseUrl, Enabled,
/// Settings:{...}, Secrets:{...}.
/// </summary>
internal sealed class ConfiguredConnectionsStep(
    IConfiguration config, IDbContextFactory<PortalDbContext> dbFactory, ConnectionSecretSealer sealer,
    ILogger<ConfiguredConnectionsStep> logger) : IStartupStep
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var section in config.GetSection("Connections").GetChildren())
        {
            if (!VendorKinds.TryParseSlug(section["Vendor"], out var vendor))
            {
                throw new InvalidOperationException($"Connections:{section.Key}:Vendor must be one of {string.Join(", ", Enum.GetNames<VendorKind>())}.");
            }
            var baseUrl = section["BaseUrl"] is { Length: > 0 } u ? u
                : throw new InvalidOperationException($"Connections:{section.Key}:BaseUrl is required.");
            var dealership = await DealershipAsync(db, section["Dealership"] ?? SandboxDemoAccounts.DealershipName, cancellationToken);
            var row = await db.Connections.FirstOrDefaultAsync(c => c.ConfigKey == section.Key, cancellationToken);
            if (row is null)
            {
                row = new Connection { Name = "", BaseUrl = "", ConfigKey = section.Key };
                db.Connections.Add(row);
            }
            row.Vendor = vendor;
            row.Name = section["Name"] ?? section.Key;
            row.BaseUrl = baseUrl;
            row.Dealership = dealership;
            row.Enabled = section.GetValue("Enabled", true);
            row.SettingsJson = JsonSerializer.Serialize(Values(section.GetSection("Settings")));
            row.SealedSecrets = sealer.Seal(Values(section.GetSection("Secrets")));
            row.UpdatedUtc = DateTimeOffset.UtcNow;
        }
        var changed = await db.SaveChangesAsync(cancellationToken);
        if (changed > 0)
        {
            logger.LogInformation("Configured connections upserted ({Count} rows)", changed);
        }
    }

    private static Dictionary<string, string> Values(IConfigurationSection section) =>
        section.GetChildren().Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!);

    private static async Task<Dealership> DealershipAsync(PortalDbContext db, string name, CancellationToken ct)
    {
        // Local first: several declarations may name a dealership created in this same pass.
        var dealership = db.Dealerships.Local.FirstOrDefault(d => d.Name == name)
            ?? await db.Dealerships.FirstOrDefaultAsync(d => d.Name == name, ct);
        if (dealership is null)
        {
            dealership = new Dealership { Name = name };
            db.Dealerships.Add(dealership);
        }
        return dealership;
    }
}
