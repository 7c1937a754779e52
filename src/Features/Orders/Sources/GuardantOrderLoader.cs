using Portal.Vendors;
using Portal.Vendors.Guardant;

namespace Portal.Features.Orders.Sources;

/// <summary>
/// Guardant lists orders only per customer ("Get a list of customer orders"), so a dealership-wide list asks every
/// Guardant customer the index knows, a few at a time (bounded concurrency), with the status filter pushed down,
/// and keeps the orders in the date range. The caller sorts them. Progress reports customers asked so far.
/// </summary>
public static class GuardantOrderLoader
{
    public static async Task<IReadOnlyList<OrderRow>> LoadAsync(
        IGuardantClient client, IReadOnlyList<long> customerIds, OrderFilter filter, IReadOnlyList<GuardantOrderStatus> statuses,
        OrderSourceContext context, int concurrency, IProgress<int>? progress, CancellationToken ct)
    {
        var perCustomer = new List<OrderRow>[customerIds.Count];
        var done = 0;
        var query = GuardantOrderQueries.Query(filter, statuses) with { Limit = 100 };
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, customerIds.Count), options, async (i, token) =>
        {
            perCustomer[i] = await OrdersOfAsync(client, customerIds[i], query, filter, context, token);
            progress?.Report(Interlocked.Increment(ref done));
        });
        // Customers in index order, each one's orders in Guardant's order: the stable sort after keeps ties reproducible.
        return perCustomer.SelectMany(rows => rows).ToList();
    }

    private static async Task<List<OrderRow>> OrdersOfAsync(
        IGuardantClient client, long customerId, GuardantOrderQuery query, OrderFilter filter, OrderSourceContext context, CancellationToken ct)
    {
        var rows = new List<OrderRow>();
        try
        {
            await foreach (var order in client.AllOrdersAsync(customerId, query, ct))
            {
                var row = OrderRowMapper.FromGuardant(order, customerId, context);
                if (filter.InRange(row.Order.DateUtc, context.TimeZone))
                {
                    rows.Add(row);
                }
            }
        }
        catch (VendorApiException e) when (e.Kind == VendorFailureKind.NotFound)
        {
            // Removed in Guardant since the index last synced: no orders to show.
        }
        return rows;
    }
}
