using System.ComponentModel.DataAnnotations;
using Portal.Vendors;

namespace Portal.Features.Connections.Admin;

/// <summary>
/// The connection form. Credentials are part of it only when creating; an existing connection's credentials are
/// never sent back to the browser and change only through "Replace secret" (<see cref="SecretInput"/>).
/// </summary>
public sealed class ConnectionInput : IValidatableObject
{
    public VendorKind Vendor { get; private set; } = VendorKind.Guardant;

    public string Name { get; set; } = "";

    public int DealershipId { get; set; }

    public string BaseUrl { get; set; } = "";

    public bool Enabled { get; set; } = true;

    /// <summary>False when editing: the credentials stay as stored.</summary>
    public bool IncludesSecrets { get; private set; } = true;

    public List<ConnectionFieldValue> Settings { get; private set; } = ConnectionFieldValue.Of(VendorFields.Settings(VendorKind.Guardant));

    public List<ConnectionFieldValue> Secrets { get; private set; } = ConnectionFieldValue.Of(VendorFields.Secrets(VendorKind.Guardant));

    /// <summary>A new connection's form for a vendor.</summary>
    public static ConnectionInput New(VendorKind vendor, int dealershipId = 0)
    {
        var input = new ConnectionInput { DealershipId = dealershipId };
        input.ChangeVendor(vendor);
        return input;
    }

    /// <summary>An existing connection's form: its settings, no credentials.</summary>
    public static ConnectionInput Existing(ConnectionRow row) => new()
    {
        Vendor = row.Vendor, Name = row.Name, DealershipId = row.DealershipId, BaseUrl = row.BaseUrl, Enabled = row.Enabled,
        IncludesSecrets = false, Settings = ConnectionFieldValue.Of(VendorFields.Settings(row.Vendor), row.Settings), Secrets = [],
    };

    /// <summary>Switching the vendor of a new connection resets its vendor fields (keeping values of same-named ones).</summary>
    public void ChangeVendor(VendorKind vendor)
    {
        Vendor = vendor;
        Settings = ConnectionFieldValue.Of(VendorFields.Settings(vendor), ConnectionFieldValue.ToDictionary(Settings));
        Secrets = IncludesSecrets ? ConnectionFieldValue.Of(VendorFields.Secrets(vendor), ConnectionFieldValue.ToDictionary(Secrets)) : [];
    }

    /// <summary>
    /// Every rule in one place (no attributes): attribute failures would stop the vendor-field checks from running,
    /// and the admin should see all problems at once.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Vendor))
        {
            yield return new ValidationResult("Choose a vendor.", [nameof(Vendor)]);
        }
        if (Problem(Name, 200, "Enter a name for the connection.", "Keep the name under 200 characters.") is { } name)
        {
            yield return new ValidationResult(name, [nameof(Name)]);
        }
        if (DealershipId <= 0)
        {
            yield return new ValidationResult("Choose the dealership.", [nameof(DealershipId)]);
        }
        if ((Problem(BaseUrl, 500, "Enter the base URL.", "Keep the base URL under 500 characters.")
                ?? (ConnectionUrls.IsValid(BaseUrl) ? null : ConnectionUrls.Message)) is { } url)
        {
            yield return new ValidationResult(url, [nameof(BaseUrl)]);
        }
        foreach (var result in ConnectionFieldValue.Validate(Settings.Concat(Secrets)))
        {
            yield return result;
        }
    }

    private static string? Problem(string? value, int max, string missing, string tooLong) =>
        string.IsNullOrWhiteSpace(value) ? missing : value.Trim().Length > max ? tooLong : null;
}
