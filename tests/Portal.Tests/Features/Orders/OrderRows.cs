using System.Text.Json.Nodes;
using Portal.Features.Orders;
using Portal.Features.Orders.Sources;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.Tests.Features.Orders;

/// <summary>Small orders for merge tests: one sort key, an id unique across sources.</summary>
internal static class OrderRows
{
    public static OrderRow Row(string id, OrderSortKey key, OrderSourceKind kind = OrderSourceKind.GuardantOrder) =>
        new(new OrderRecord(new SourceRef(VendorKind.Guardant, 1, id), "test"), kind, "Test", 1, TimeZoneInfo.Utc, new JsonObject())
        {
            Keys = new(key, key, key),
        };

    public static OrderSourceContext Context(VendorKind vendor, string zone = "UTC") =>
        new(new VendorConnection(3, vendor, "Sandbox " + vendor, new Uri("http://localhost/"), new Dictionary<string, string>(), new VendorSecrets(new Dictionary<string, string>())),
            1, DealershipZones.Find(zone));
}

/// <summary>A source over a list, counting its calls; optionally failing like a vendor.</summary>
internal sealed class ListSource(string key, IReadOnlyList<OrderRow?> rows, VendorFailureKind? failure = null) : IOrderSource
{
    public string Key => key;

    public string Label => "List " + key;

    public Task<IReadOnlyList<OrderRow?>> FetchAsync(int offset, int limit, CancellationToken cancellationToken) => failure is { } kind
        ? throw new VendorApiException(VendorKind.Guardant, "Test", kind, "down")
        : Task.FromResult<IReadOnlyList<OrderRow?>>(rows.Skip(offset).Take(limit).ToList());
}
