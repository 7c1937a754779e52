using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Admin;

namespace Portal.Features.Connections.Admin;

/// <summary>Reading connection rows for the admin services.</summary>
internal static class ConnectionRows
{
    /// <summary>The row for the page: settings, and the names of the stored credentials (never their values).</summary>
    public static ConnectionRow ToRow(Connection c, ConnectionSecretSealer sealer) => new(
        c.Id, c.Vendor, c.Name, c.DealershipId, c.Dealership?.Name ?? "", c.BaseUrl, c.Enabled, c.ConfigKey,
        ConnectionChanges.ParseSettings(c.SettingsJson), SecretNamesOf(c, sealer), c.UpdatedUtc);

    private static IReadOnlyList<string> SecretNamesOf(Connection c, ConnectionSecretSealer sealer)
    {
        try
        {
            return sealer.Unseal(c.SealedSecrets, c.Name).Keys.Order(StringComparer.Ordinal).ToList();
        }
        catch (ConnectionSecretsUnavailableException)
        {
            return [];
        }
    }

    public static async Task<Connection> FindAsync(PortalDbContext db, int id, CancellationToken ct) =>
        await db.Connections.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new AdminRuleException("That connection no longer exists.");

    /// <summary>The dealership exists and has no other connection of this name (checked first: a sentence, not a constraint error).</summary>
    public static async Task EnsureValidPlaceAsync(PortalDbContext db, int dealershipId, string name, int? exceptId, CancellationToken ct)
    {
        if (!await db.Dealerships.AnyAsync(d => d.Id == dealershipId, ct))
        {
            throw new AdminRuleException("That dealership no longer exists.");
        }
        var lower = name.ToLower();
        if (await db.Connections.AnyAsync(c => c.DealershipId == dealershipId && c.Name.ToLower() == lower && c.Id != exceptId, ct))
        {
            throw new AdminRuleException($"The dealership already has a connection named {name}.");
        }
    }
}
