namespace Portal.Features.Orders;

/// <summary>Orders by one sort's key, ascending or descending (missing values first ascending, last descending).</summary>
public sealed class OrderRowComparer(OrderSort sort, bool descending) : IComparer<OrderRow?>
{
    public int Compare(OrderRow? x, OrderRow? y)
    {
        if (x is null || y is null)
        {
            return (x is null).CompareTo(y is null);
        }
        var order = x.KeyFor(sort).CompareTo(y.KeyFor(sort));
        return descending ? -order : order;
    }
}
