namespace Portal.Features.Orders.Sources;

/// <summary>
/// One sorted list of orders (a vendor list call with its filter and sort pushed down, or a list sorted here).
/// Its order must agree with <see cref="OrderSortKey"/> for the filter's sort, so pages can be merged across sources.
/// </summary>
public interface IOrderSource
{
    /// <summary>Unique among the sources of one listing, e.g. "walcu:3:repairorders"; the cursor keys offsets by it.</summary>
    string Key { get; }

    /// <summary>What to call the source when it fails ("Walcu CRM (sandbox) repair orders").</summary>
    string Label { get; }

    /// <summary>
    /// Up to <paramref name="limit"/> orders from position <paramref name="offset"/> in the source's order. A null
    /// entry is a vendor record that could not be read: it still takes its position. Fewer than the limit: the end.
    /// </summary>
    Task<IReadOnlyList<OrderRow?>> FetchAsync(int offset, int limit, CancellationToken cancellationToken);
}
