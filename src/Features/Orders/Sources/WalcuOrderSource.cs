using Portal.Vendors.Walcu;

namespace Portal.Features.Orders.Sources;

/// <summary>
/// The dealer's repair orders or offers (GET /repairorders, GET /offers) with the filter, sort and paging pushed down
/// to Walcu's q, sort, skip and limit (see <see cref="WalcuOrderQueries"/>).
/// </summary>
public sealed class WalcuOrderSource(IWalcuClient client, OrderSourceKind kind, WalcuListQuery query, OrderSourceContext context) : IOrderSource
{
    public string Key { get; } = $"walcu:{context.Connection.Id}:{kind}:{query.Filter?.ToJson()}";

    public string Label => context.Label(kind == OrderSourceKind.WalcuOffer ? "offers" : "repair orders");

    public async Task<IReadOnlyList<OrderRow?>> FetchAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        var page = query with { Skip = offset, Limit = limit };
        return kind == OrderSourceKind.WalcuOffer
            ? (await client.ListOffersAsync(page, cancellationToken)).Items.Select(o => OrderRowMapper.FromWalcu(o, context)).ToList()
            : (await client.ListRepairOrdersAsync(page, cancellationToken)).Items.Select(o => OrderRowMapper.FromWalcu(o, context)).ToList();
    }
}
