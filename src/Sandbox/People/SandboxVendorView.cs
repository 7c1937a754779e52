namespace Portal.Sandbox.People;

/// <summary>How one vendor holds one person: the record an emulator renders. <paramref name="PersonIndex"/> is the
/// ground truth that links it to its <see cref="SandboxPerson"/>.</summary>
/// <remarks><c>Phone</c> is formatted the way this record has it (see <see cref="SandboxPhoneFormats"/>);
/// <c>Address</c> is null when the vendor keeps none (Guardant); <c>Variations</c> lists each single flag that
/// applies, lowest first, and is empty when the record matches the canonical person.</remarks>
public sealed record SandboxVendorView(SandboxVendor Vendor, int PersonIndex, string FirstName, string LastName,
    string? Email, string? Phone, SandboxAddress? Address, IReadOnlyList<SandboxVariation> Variations,
    DateTimeOffset ModifiedAt)
{
    /// <summary>The same variations as one flags value.</summary>
    public SandboxVariation VariationFlags
    {
        get
        {
            var flags = SandboxVariation.None;
            for (var i = 0; i < Variations.Count; i++)
            {
                flags |= Variations[i];
            }
            return flags;
        }
    }

    /// <summary>True when the record carries <paramref name="variation"/> (every flag of it).</summary>
    public bool Has(SandboxVariation variation) => (VariationFlags & variation) == variation;
}
