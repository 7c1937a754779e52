namespace Portal.Vendors;

/// <summary>
/// What a vendor client needs to talk to one connection: where, which vendor ids, and the credentials (already
/// unsealed). Built by the connections feature from the stored, encrypted row; never logged.
/// </summary>
public sealed record VendorConnection(
    int Id,
    VendorKind Vendor,
    string Name,
    Uri BaseUrl,
    IReadOnlyDictionary<string, string> Settings,
    VendorSecrets Secrets)
{
    /// <summary>A vendor id such as Walcu's dealer_id; throws a clear message when the connection lacks it.</summary>
    public string Require(string setting) =>
        Settings.TryGetValue(setting, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new VendorApiException(Vendor, Name, VendorFailureKind.Configuration, $"The connection has no '{setting}'.");

    public override string ToString() => $"{Vendor.DisplayName()} connection {Id} ({Name})";
}

/// <summary>Credentials of a connection. ToString never shows them, so a stray log line cannot leak them.</summary>
public sealed class VendorSecrets(IReadOnlyDictionary<string, string> values)
{
    public static VendorSecrets Empty { get; } = new(new Dictionary<string, string>());

    public IEnumerable<string> Names => values.Keys;

    public string Require(string name) =>
        values.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new InvalidOperationException($"The connection has no credential '{name}'.");

    public string? Get(string name) => values.GetValueOrDefault(name);

    public override string ToString() => $"[{values.Count} secret(s)]";
}
