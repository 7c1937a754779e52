using System.ComponentModel.DataAnnotations;
using Portal.Vendors;

namespace Portal.Features.Connections.Admin;

/// <summary>"Replace secret": every credential of the vendor, entered anew (the stored ones are never shown).</summary>
public sealed class SecretInput(VendorKind vendor) : IValidatableObject
{
    public VendorKind Vendor { get; } = vendor;

    public List<ConnectionFieldValue> Secrets { get; } = ConnectionFieldValue.Of(VendorFields.Secrets(vendor));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => ConnectionFieldValue.Validate(Secrets);
}
