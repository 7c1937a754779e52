using Portal.Vendors;

namespace Portal.Features.Orders.Sources;

/// <summary>The connection a source reads, its dealership and that dealership's time zone.</summary>
public sealed record OrderSourceContext(VendorConnection Connection, int DealershipId, TimeZoneInfo TimeZone)
{
    public string Label(string what) => $"{Connection.Name} {what}";
}
