namespace Portal.Features.Orders.Sources;

/// <summary>Orders already fetched and sorted here (Guardant across customers, or a sort the vendor lacks).</summary>
public sealed class SortedOrderSource(string key, string label, IReadOnlyList<OrderRow?> sorted) : IOrderSource
{
    public string Key => key;

    public string Label => label;

    public int Count => sorted.Count;

    public Task<IReadOnlyList<OrderRow?>> FetchAsync(int offset, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OrderRow?>>(sorted.Skip(offset).Take(limit).ToList());

    /// <summary>Sorts <paramref name="rows"/> by the filter's sort (stable, so ties keep the order they came in).</summary>
    public static SortedOrderSource Of(string key, string label, IEnumerable<OrderRow> rows, OrderSort sort, bool descending)
    {
        var comparer = new OrderRowComparer(sort, descending);
        return new SortedOrderSource(key, label, rows.Order(comparer).ToList());
    }
}
