using System.Diagnostics.CodeAnalysis;

namespace Portal.Vendors.Model;

/// <summary>Where a record lives: vendor, the portal's connection id, and the vendor's own id. Text form "walcu:3:abc".</summary>
public sealed record SourceRef(VendorKind Vendor, int ConnectionId, string ExternalId)
{
    public override string ToString() => $"{Vendor.Slug()}:{ConnectionId}:{ExternalId}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out SourceRef? source)
    {
        source = null;
        var parts = text?.Split(':', 3);
        if (parts is not [var vendor, var connection, var id] || id.Length == 0
            || !VendorKinds.TryParseSlug(vendor, out var kind) || !int.TryParse(connection, out var connectionId))
        {
            return false;
        }
        source = new SourceRef(kind, connectionId, id);
        return true;
    }
}
