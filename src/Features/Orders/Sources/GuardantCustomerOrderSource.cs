using System.Globalization;
using Portal.Vendors.Guardant;

namespace Portal.Features.Orders.Sources;

/// <summary>One Guardant customer's orders, paged by Guardant itself (sortby, direction, offset, limit, status).</summary>
public sealed class GuardantCustomerOrderSource(IGuardantClient client, long customerId, GuardantOrderQuery query, OrderSourceContext context)
    : IOrderSource
{
    public string Key { get; } = $"guardant:{context.Connection.Id}:{customerId.ToString(CultureInfo.InvariantCulture)}";

    public string Label => context.Label("orders");

    public async Task<IReadOnlyList<OrderRow?>> FetchAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        var page = await client.ListOrdersAsync(customerId, query with { Offset = offset, Limit = limit }, cancellationToken);
        return page.Items.Select(o => (OrderRow?)OrderRowMapper.FromGuardant(o, customerId, context)).ToList();
    }
}
