using Portal.Vendors;
using Portal.Vendors.Cova;
using Portal.Vendors.MyKaarma;
using Portal.Vendors.Walcu;

namespace Portal.Features.Connections.Admin;

/// <summary>One vendor id (a setting, shown back) or credential (a secret, write-only) that a connection holds.</summary>
public sealed record VendorField(string Key, string Label, bool Secret, bool Required = true, string? Pattern = null, string? PatternMessage = null)
{
    /// <summary>The validation member name (no dots or brackets, so the form can show it beside the field).</summary>
    public string MemberName => (Secret ? "secret_" : "setting_") + Key;
}

/// <summary>
/// What each vendor's connection needs, as its client reads it (VendorConnection.Require / Secrets.Require):
/// the create/edit form, its validation and the "Replace secret" form all follow this table.
/// </summary>
public static class VendorFields
{
    private const string Uuid = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private static readonly VendorField ApiKey = new("apiKey", "API key", Secret: true);
    private static readonly VendorField Username = new("username", "Username", Secret: true);
    private static readonly VendorField Password = new("password", "Password", Secret: true);

    private static readonly Dictionary<VendorKind, IReadOnlyList<VendorField>> ByVendor = new()
    {
        [VendorKind.Drivly] = [ApiKey],
        [VendorKind.MyKaarma] =
        [
            new(MyKaarmaClient.DepartmentsSetting, "Department uuids (comma separated)", Secret: false,
                Pattern: $"^\\s*{Uuid}(\\s*[,; ]\\s*{Uuid})*\\s*$", PatternMessage: "Enter one or more department uuids, separated by commas."),
            Username, Password,
        ],
        [VendorKind.Cova] =
        [
            new(CovaClient.CompanyIdSetting, "Company id", Secret: false, Pattern: "^[0-9]{1,9}$", PatternMessage: "The Cova company id is a number."),
            new(CovaTokenSource.TokenUrlSetting, "Token URL", Secret: false, Pattern: ConnectionUrls.Pattern, PatternMessage: ConnectionUrls.Message),
            new(CovaClient.PageSizeSetting, "Page size (optional, 1-5000)", Secret: false, Required: false,
                Pattern: "^([1-9][0-9]{0,2}|[1-4][0-9]{3}|5000)$", PatternMessage: "The page size is a number from 1 to 5000."),
            new("clientId", "Client id", Secret: true), new("clientSecret", "Client secret", Secret: true), Username, Password,
        ],
        [VendorKind.Walcu] =
        [
            new(WalcuConnectionSettings.DealerId, "Dealer id", Secret: false, Pattern: "^[0-9a-fA-F]{24}$",
                PatternMessage: "The Walcu dealer id is 24 hexadecimal characters."),
            new(WalcuConnectionSettings.ApiKey, "API key", Secret: true),
        ],
        [VendorKind.Guardant] = [ApiKey],
    };

    /// <summary>The base URL of the vendor's emulator in the portal's own sandbox, shown as a hint.</summary>
    public static string SandboxBaseUrl(VendorKind vendor) => vendor switch
    {
        VendorKind.Drivly => "{self}/sandbox/drivly/api/",
        VendorKind.MyKaarma => "{self}/sandbox/mykaarma/",
        VendorKind.Cova => "{self}/sandbox/cova/crm/",
        VendorKind.Walcu => "{self}/sandbox/walcu/",
        _ => "{self}/sandbox/guardant/v1.0/",
    };

    public static IReadOnlyList<VendorField> For(VendorKind vendor) => ByVendor.GetValueOrDefault(vendor) ?? [];

    public static IReadOnlyList<VendorField> Settings(VendorKind vendor) => For(vendor).Where(f => !f.Secret).ToList();

    public static IReadOnlyList<VendorField> Secrets(VendorKind vendor) => For(vendor).Where(f => f.Secret).ToList();
}
