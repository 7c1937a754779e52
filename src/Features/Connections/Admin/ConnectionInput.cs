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

    [Required(ErrorMessage = "Enter a name for the connection.")]
    [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "Choose the dealership.")]
    public int DealershipId { get; set; }

    [Required(ErrorMessage = "Enter the base URL.")]
    [StringLength(500, ErrorMessage = "Keep the base URL under 500 characters.")]
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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Vendor))
        {
            yield return new ValidationResult("Choose a vendor.", [nameof(Vendor)]);
        }
        if (!string.IsNullOrWhiteSpace(BaseUrl) && !ConnectionUrls.IsValid(BaseUrl))
        {
            yield return new ValidationResult(ConnectionUrls.Message, [nameof(BaseUrl)]);
        }
        foreach (var result in ConnectionFieldValue.Validate(Settings.Concat(Secrets)))
        {
            yield return result;
        }
    }
}
