using System.Text.Json.Nodes;
using Portal.Vendors.Model;

namespace Portal.Features.Orders;

/// <summary>Which list an order comes from: Guardant orders, Walcu repair orders or Walcu offers.</summary>
public enum OrderSourceKind { GuardantOrder, WalcuRepairOrder, WalcuOffer }

/// <summary>The sorts the orders page offers; each source sorts by its own field for it (see <see cref="OrderSortKey"/>).</summary>
public enum OrderSort { Number, Date, SubmitDate }

/// <summary>
/// One order as listed: the common shape, where it came from, the dealership's time zone for its dates, the vendor's
/// record as JSON (every documented field, for the detail drawer) and its sort keys as the vendor sorts them.
/// </summary>
public sealed record OrderRow(OrderRecord Order, OrderSourceKind Kind, string ConnectionName, int DealershipId, TimeZoneInfo TimeZone, JsonObject Raw)
{
    public required OrderSortKeys Keys { get; init; }

    /// <summary>The person the order's customer record belongs to in the index, when known.</summary>
    public long? PersonId { get; init; }

    public string? CustomerName { get; init; }

    public string Id => Order.Source.ToString();

    public OrderSortKey KeyFor(OrderSort sort) => sort switch
    {
        OrderSort.Number => Keys.Number,
        OrderSort.SubmitDate => Keys.SubmitDate,
        _ => Keys.Date,
    };
}

/// <summary>The value of each sort for one order, exactly as its vendor orders it.</summary>
public sealed record OrderSortKeys(OrderSortKey Number, OrderSortKey Date, OrderSortKey SubmitDate);

/// <summary>A page of merged orders, where the next page starts, and the sources that failed (the others still list).</summary>
public sealed record OrderPage(IReadOnlyList<OrderRow> Rows, OrderCursor? Next, IReadOnlyList<OrderSourceProblem> Problems)
{
    public static OrderPage Empty { get; } = new([], null, []);
}

/// <summary>A source that did not answer, with a reason fit to show.</summary>
public sealed record OrderSourceProblem(string SourceKey, string Label, string Message);

/// <summary>How far each source has been consumed (its offset in its own order): the next page starts there.</summary>
public sealed record OrderCursor(IReadOnlyDictionary<string, int> Offsets)
{
    public static OrderCursor Start { get; } = new(new Dictionary<string, int>());

    public int OffsetOf(string sourceKey) => Offsets.TryGetValue(sourceKey, out var offset) ? offset : 0;
}

/// <summary>How many orders of one status fall in one month (in the dealership's time zone), for the chart.</summary>
public sealed record OrderMonthCount(DateOnly Month, OrderStatus Status, int Count);
