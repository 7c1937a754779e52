using Portal.Data;

namespace Portal.Features.Connections.Admin;

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
}
