using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Profile;

/// <summary>What a field of an edit form holds, for its validation.</summary>
public enum EditFieldKind { Text, Email, Phone, Status }

/// <summary>One field a source can write: the page's key, its label, its rules.</summary>
public sealed record EditFieldSpec(string Key, string Label, EditFieldKind Kind = EditFieldKind.Text, int MaxLength = 100, bool Required = false);

/// <summary>
/// One source record read live: the common shape, the editable values by key, and the vendor's own record (the
/// starting point of a write, kept on the server only).
/// </summary>
public sealed record SourceSnapshot(CustomerRecord Record, IReadOnlyDictionary<string, string?> Values, object Raw)
{
    /// <summary>Data requests read with the record (myKaarma vault items).</summary>
    public IReadOnlyList<DataRequestItem> DataRequests { get; init; } = [];
}

/// <summary>How the customer page reads (and, where the vendor allows, writes) one vendor's customer record.</summary>
public interface IProfileSource
{
    VendorKind Vendor { get; }

    /// <summary>The fields the page may write; empty when the source is read-only.</summary>
    IReadOnlyList<EditFieldSpec> EditableFields { get; }

    /// <summary>How the write is made, in a few words ("JSON Patch of the changed paths").</summary>
    string WriteMethod { get; }

    /// <summary>The record as the vendor holds it now; null when the vendor no longer has it.</summary>
    Task<SourceSnapshot?> ReadAsync(IVendorClient client, string externalId, DateTimeOffset? lastModified, CancellationToken ct);

    /// <summary>
    /// Writes <paramref name="changes"/> (only changed keys) with the vendor's method, guarded by
    /// <paramref name="startedFrom"/>: the vendor (or its client) refuses with Conflict when it moved.
    /// </summary>
    Task WriteAsync(IVendorClient client, SourceSnapshot startedFrom, IReadOnlyDictionary<string, string?> changes, CancellationToken ct);
}

/// <summary>Field keys shared by the sources, so values can be compared across them.</summary>
public static class ProfileFields
{
    public const string FirstName = "firstName";
    public const string MiddleName = "middleName";
    public const string LastName = "lastName";
    public const string Company = "company";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Description = "description";
    public const string Status = "status";
    public const string StreetNumber = "streetNumber";
    public const string Street = "street";
    public const string City = "city";
    public const string State = "state";
    public const string PostalCode = "postalCode";

    public static EditFieldSpec First { get; } = new(FirstName, "First name", MaxLength: 60);
    public static EditFieldSpec Middle { get; } = new(MiddleName, "Middle name", MaxLength: 60);
    public static EditFieldSpec Last { get; } = new(LastName, "Last name", MaxLength: 60, Required: true);
    public static EditFieldSpec CompanyName { get; } = new(Company, "Company", MaxLength: 100);
    public static EditFieldSpec EmailAddress { get; } = new(Email, "Email", EditFieldKind.Email, 254);
    public static EditFieldSpec PhoneNumber { get; } = new(Phone, "Phone", EditFieldKind.Phone, 30);

    /// <summary>Unchanged keys left out; "" stays (a field blanked on purpose).</summary>
    public static Dictionary<string, string?> Changes(IReadOnlyDictionary<string, string?> startedFrom, IReadOnlyDictionary<string, string?> wanted) =>
        wanted.Where(w => !Same(w.Value, startedFrom.GetValueOrDefault(w.Key))).ToDictionary(w => w.Key, w => (string?)(w.Value ?? ""));

    public static bool Same(string? a, string? b) => string.Equals((a ?? "").Trim(), (b ?? "").Trim(), StringComparison.Ordinal);
}
