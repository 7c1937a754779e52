using System.Globalization;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.Features.Orders;

/// <summary>How orders read on screen: dates in the dealership's time zone, numbers in the user's culture.</summary>
public static class OrderDisplay
{
    public static string Date(DateTimeOffset? utc, TimeZoneInfo zone, CultureInfo? culture = null) =>
        utc is { } t ? TimeZoneInfo.ConvertTime(t, zone).ToString("g", culture ?? CultureInfo.CurrentCulture) : "—";

    public static string Quantity(decimal? value, CultureInfo? culture = null) =>
        value is { } v ? v.ToString("N0", culture ?? CultureInfo.CurrentCulture) : "—";

    public static string Amount(decimal? value, CultureInfo? culture = null) =>
        value is { } v ? v.ToString("N2", culture ?? CultureInfo.CurrentCulture) : "—";

    public static string KindName(OrderSourceKind kind) => kind switch
    {
        OrderSourceKind.GuardantOrder => "Guardant order",
        OrderSourceKind.WalcuRepairOrder => "Walcu repair order",
        _ => "Walcu offer",
    };

    public static VendorKind Vendor(OrderSourceKind kind) => kind == OrderSourceKind.GuardantOrder ? VendorKind.Guardant : VendorKind.Walcu;

    /// <summary>The filter's word for the status, and the vendor's own when it differs ("Revoked (rejected)").</summary>
    public static string Status(OrderRecord order)
    {
        var common = StatusText(order.Status);
        return order.VendorStatus is { } vendor && !vendor.Equals(common, StringComparison.OrdinalIgnoreCase) ? $"{common} ({vendor})" : common;
    }

    /// <summary>The common statuses a user can filter by, with the vendors' words for them.</summary>
    public static IReadOnlyList<(OrderStatus Status, string Text)> StatusOptions { get; } =
    [
        (OrderStatus.Draft, "Draft"),
        (OrderStatus.Submitted, "Submit"),
        (OrderStatus.Revoked, "Revoked"),
        (OrderStatus.Open, "Open"),
        (OrderStatus.Closed, "Closed"),
    ];

    public static string StatusText(OrderStatus status) =>
        StatusOptions.FirstOrDefault(o => o.Status == status).Text ?? status.ToString();
}
