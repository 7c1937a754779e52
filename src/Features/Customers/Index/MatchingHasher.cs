using System.Security.Cryptography;
using System.Text;
using Portal.Data;
using Portal.Security;

namespace Portal.Features.Customers.Index;

/// <summary>
/// Keyed hashes (HMAC-SHA256, key in a file beside the key ring) of the sensitive values used only for matching
/// people across vendors: date of birth and licence number. Equal inputs give equal hashes; the database alone
/// cannot be used to guess them.
/// </summary>
public sealed class MatchingHasher(PortalDatabaseLocation location, IConfiguration configuration)
{
    private readonly Lazy<byte[]> _key = new(() => SecretKeyFile.LoadOrCreate(
        configuration["Customers:MatchingKeyFile"] is { Length: > 0 } file
            ? file
            : Path.Combine(location.Folder, "keys", "matching-hmac.key")));

    public string? DateOfBirth(DateOnly? dateOfBirth) =>
        dateOfBirth is { } d ? Hash("dob:" + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null;

    /// <summary>The number alone, without the issuing state: some vendors (Walcu's government_id) keep no state, and
    /// linking also compares names, so two states issuing the same number cannot join two people on their own.</summary>
    public string? Licence(string? number)
    {
        var normalised = number is null ? "" : new string(number.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        return normalised.Length < 4 ? null : Hash($"dl:{normalised}");
    }

    private string Hash(string value) => Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(value)))[..32];
}
