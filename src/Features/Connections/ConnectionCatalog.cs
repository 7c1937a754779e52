using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Hosting;
using Portal.Vendors;

namespace Portal.Features.Connections;

/// <summary>A stored connection ready for a vendor client, with the dealership it belongs to.</summary>
public sealed record ResolvedConnection(VendorConnection Connection, int DealershipId, bool Enabled);

/// <summary>
/// Turns stored connection rows into <see cref="VendorConnection"/>s (credentials unsealed, "{self}" resolved).
/// No user checks here: feature services scope by the user's dealerships before asking.
/// </summary>
public sealed class ConnectionCatalog(IDbContextFactory<PortalDbContext> dbFactory, ConnectionSecretSealer sealer, SelfAddress self)
{
    public async Task<ResolvedConnection?> GetAsync(int connectionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Connections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == connectionId, ct);
        return row is null ? null : Resolve(row);
    }

    /// <summary>Enabled connections, optionally of some vendors and dealerships (null = all).</summary>
    public async Task<IReadOnlyList<ResolvedConnection>> ListEnabledAsync(
        IReadOnlyCollection<int>? dealershipIds = null, IReadOnlyCollection<VendorKind>? vendors = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Connections.AsNoTracking().Where(c => c.Enabled);
        if (dealershipIds is not null)
        {
            query = query.Where(c => dealershipIds.Contains(c.DealershipId));
        }
        if (vendors is not null)
        {
            query = query.Where(c => vendors.Contains(c.Vendor));
        }
        var rows = await query.OrderBy(c => c.Id).ToListAsync(ct);
        return rows.Select(Resolve).ToList();
    }

    public ResolvedConnection Resolve(Connection row)
    {
        // Settings may point at the portal itself too (e.g. the sandbox Cova token URL).
        var settings = (JsonSerializer.Deserialize<Dictionary<string, string>>(row.SettingsJson) ?? [])
            .ToDictionary(kv => kv.Key, kv => kv.Value.StartsWith(SelfAddress.Token, StringComparison.OrdinalIgnoreCase)
                ? self.Resolve(kv.Value).ToString().TrimEnd('/')
                : kv.Value);
        var secrets = new VendorSecrets(sealer.Unseal(row.SealedSecrets, row.Name));
        var connection = new VendorConnection(row.Id, row.Vendor, row.Name, self.Resolve(row.BaseUrl), settings, secrets);
        return new ResolvedConnection(connection, row.DealershipId, row.Enabled);
    }
}
