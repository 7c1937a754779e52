using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Vendors.Guardant;
using Portal.Vendors.Http;
using Portal.Vendors.Walcu;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.Features.Orders.Sources;

/// <summary>Vendor order records as <see cref="OrderRow"/>s, with the sort keys each vendor sorts them by.</summary>
public static class OrderRowMapper
{
    public static OrderRow FromGuardant(GuardantOrder order, long customerId, OrderSourceContext context) =>
        new(GuardantMapper.ToOrder(order, context.Connection.Id, customerId), OrderSourceKind.GuardantOrder,
            context.Connection.Name, context.DealershipId, context.TimeZone, Raw(order))
        {
            Keys = new(OrderSortKey.NonZero(order.Number), OrderSortKey.NonZero(order.Date, 1000), OrderSortKey.NonZero(order.SubmitDate, 1000)),
        };

    /// <summary>Null for a record without an _id (it cannot be shown or opened).</summary>
    public static OrderRow? FromWalcu(WalcuRepairOrderDto order, OrderSourceContext context) =>
        WalcuMapper.ToOrder(order, context.Connection.Id) is { } record
            ? new(record, OrderSourceKind.WalcuRepairOrder, context.Connection.Name, context.DealershipId, context.TimeZone, Raw(order))
            {
                Keys = new(OrderSortKey.Of(order.RepairOrderNumber), OrderSortKey.Of(order.Date), OrderSortKey.None),
            }
            : null;

    public static OrderRow? FromWalcu(WalcuOfferDto offer, OrderSourceContext context) =>
        WalcuMapper.ToOrder(offer, context.Connection.Id) is { } record
            ? new(record, OrderSourceKind.WalcuOffer, context.Connection.Name, context.DealershipId, context.TimeZone, Raw(offer))
            {
                Keys = new(OrderSortKey.None, OrderSortKey.Of(offer.CreatedAt), OrderSortKey.None),
            }
            : null;

    private static JsonObject Raw<T>(T record) => JsonSerializer.SerializeToNode(record, VendorJson.Options) as JsonObject ?? [];
}
