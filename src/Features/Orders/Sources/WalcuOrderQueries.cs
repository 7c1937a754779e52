using Portal.Vendors.Model;
using Portal.Vendors.Walcu;

namespace Portal.Features.Orders.Sources;

/// <summary>
/// The filter as a Walcu list query. Repair orders: status Open/Closed is finished, dates are <c>date</c>, number is
/// <c>repair_order_number</c>. Offers: status is the offer's status (draft; sent, finalized; signed; rejected), dates
/// are <c>created_at</c>, and they have no number. Neither has a submit date: that sort leaves them in _id order.
/// </summary>
public static class WalcuOrderQueries
{
    /// <summary>The query, or null when the filter's statuses exclude every record of this kind.</summary>
    public static WalcuListQuery? For(OrderSourceKind kind, OrderFilter filter, TimeZoneInfo zone, string? clientId = null)
    {
        var offer = kind == OrderSourceKind.WalcuOffer;
        var conditions = new List<WalcuFilter>();
        if (clientId is not null)
        {
            conditions.Add(WalcuFilter.EqualTo(WalcuField.ClientId, clientId));
        }
        if (filter.Statuses.Count > 0)
        {
            if ((offer ? OfferStatus(filter.Statuses) : RepairOrderStatus(filter.Statuses)) is not { } status)
            {
                return null;
            }
            conditions.AddRange(status);
        }
        var dateField = offer ? WalcuField.CreatedAt : WalcuField.Date;
        var (from, to) = filter.UtcRange(zone);
        if (from is { } f)
        {
            conditions.Add(WalcuFilter.AtOrAfter(dateField, f));
        }
        if (to is { } t)
        {
            conditions.Add(WalcuFilter.Before(dateField, t));
        }
        var sortBy = filter.Sort switch
        {
            OrderSort.Number when !offer => WalcuField.RepairOrderNumber,
            OrderSort.Date => dateField,
            _ => WalcuField.Id,
        };
        var descending = filter.Descending && sortBy != WalcuField.Id;
        return new WalcuListQuery(conditions.Count == 0 ? null : conditions.Aggregate((a, b) => a.And(b)),
            SortBy: sortBy, Descending: descending, ThenById: true);
    }

    private static IEnumerable<WalcuFilter>? RepairOrderStatus(IReadOnlyList<OrderStatus> statuses) =>
        (statuses.Contains(OrderStatus.Open), statuses.Contains(OrderStatus.Closed)) switch
        {
            (true, true) => [],
            (true, false) => [WalcuFilter.NotEqualTo(WalcuField.Finished, true)],
            (false, true) => [WalcuFilter.EqualTo(WalcuField.Finished, true)],
            _ => null,
        };

    private static IEnumerable<WalcuFilter>? OfferStatus(IReadOnlyList<OrderStatus> statuses)
    {
        var values = statuses.SelectMany(s => s switch
        {
            OrderStatus.Draft => ["draft"],
            OrderStatus.Submitted => ["sent", "finalized"],
            OrderStatus.Closed => ["signed"],
            OrderStatus.Revoked => new[] { "rejected" },
            _ => [],
        }).ToList();
        return values.Count == 0 ? null : [WalcuFilter.In(WalcuField.Status, values)];
    }
}
