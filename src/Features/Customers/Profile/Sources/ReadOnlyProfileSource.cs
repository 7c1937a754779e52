using Portal.Vendors;

namespace Portal.Features.Customers.Profile.Sources;

/// <summary>A source the page reads but never writes (the vendor offers no write the portal may use).</summary>
internal abstract class ReadOnlyProfileSource : IProfileSource
{
    public abstract VendorKind Vendor { get; }

    public string WriteMethod => $"none ({Vendor.DisplayName()} offers no write)";

    public IReadOnlyList<EditFieldSpec> EditableFields => [];

    public abstract Task<SourceSnapshot?> ReadAsync(IVendorClient client, string externalId, DateTimeOffset? lastModified, CancellationToken ct);

    public Task WriteAsync(IVendorClient client, SourceSnapshot startedFrom, IReadOnlyDictionary<string, string?> changes, CancellationToken ct) =>
        throw new NotSupportedException($"{Vendor.DisplayName()} records are read-only here.");
}
