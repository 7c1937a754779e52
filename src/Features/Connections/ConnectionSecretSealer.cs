using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Portal.Features.Connections;

/// <summary>
/// Seals connection credentials with ASP.NET Core Data Protection. Losing the key ring fails closed: reading then
/// throws <see cref="ConnectionSecretsUnavailableException"/>, never returns empty credentials.
/// </summary>
public sealed class ConnectionSecretSealer(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Portal.Connections.Secrets.v1");

    public string Seal(IReadOnlyDictionary<string, string> secrets) =>
        _protector.Protect(JsonSerializer.Serialize(secrets));

    public IReadOnlyDictionary<string, string> Unseal(string sealedSecrets, string connectionName)
    {
        if (string.IsNullOrEmpty(sealedSecrets))
        {
            return new Dictionary<string, string>();
        }
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(_protector.Unprotect(sealedSecrets))
                ?? throw new ConnectionSecretsUnavailableException(connectionName);
        }
        catch (CryptographicException ex)
        {
            throw new ConnectionSecretsUnavailableException(connectionName, ex);
        }
    }
}

/// <summary>The stored credentials cannot be read, typically because the Data Protection key ring is missing or different.</summary>
public sealed class ConnectionSecretsUnavailableException(string connectionName, Exception? inner = null) : Exception(
    $"The stored credentials of connection '{connectionName}' cannot be read: the Data Protection key ring " +
    "(DataProtection:KeysFolder, by default data/keys) is missing or is not the one they were saved with. " +
    "Restore the key ring from backup, or enter the credentials again with 'Replace secret'.", inner);
