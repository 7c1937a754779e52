using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Features.Connections;
using Portal.Features.Customers.Index;
using Portal.Vendors;
using Portal.Vendors.Guardant;
using Portal.Vendors.Model;
using Portal.Vendors.Walcu;

namespace Portal.Features.Orders.Sources;

/// <summary>
/// Which sources a filter reads. One customer: each of the person's Guardant records (paged by Guardant when it can)
/// and each Walcu client's repair orders and offers (client_id pushed down). The dealership: Walcu's dealer-wide
/// lists, and for Guardant, which has no dealer-wide list, every Guardant customer of the index fanned out.
/// No user checks here: <see cref="OrdersService"/> scopes the dealerships first.
/// </summary>
public sealed class OrderSourcePlanner(
    IDbContextFactory<PortalDbContext> dbFactory, ConnectionCatalog catalog, IVendorClientFactory clients, IOptions<OrdersOptions> options)
{
    public async Task<IReadOnlyList<IOrderSource>> PlanAsync(
        OrderFilter filter, IReadOnlyCollection<int>? dealerships, IProgress<OrderLoadProgress>? progress, CancellationToken ct)
    {
        var records = filter.PersonId is { } person ? await RecordsOfAsync(person, ct) : null;
        return await PlanAsync(filter, dealerships, records, progress, ct);
    }

    /// <summary>The sources of these vendor records of one person (the customer page's section).</summary>
    public Task<IReadOnlyList<IOrderSource>> PlanForRecordsAsync(OrderFilter filter, int dealershipId, IReadOnlyList<SourceRef> records, CancellationToken ct) =>
        PlanAsync(filter, [dealershipId], records, null, ct);

    private async Task<IReadOnlyList<IOrderSource>> PlanAsync(OrderFilter filter, IReadOnlyCollection<int>? dealerships,
        IReadOnlyList<SourceRef>? records, IProgress<OrderLoadProgress>? progress, CancellationToken ct)
    {
        var connections = await catalog.ListEnabledAsync(dealerships, [VendorKind.Guardant, VendorKind.Walcu], ct);
        var zones = await DealershipZones.LoadAsync(dbFactory, ct);
        var sources = new List<IOrderSource>();
        foreach (var c in connections)
        {
            var context = new OrderSourceContext(c.Connection, c.DealershipId, zones.Of(c.DealershipId));
            var mine = records?.Where(r => r.ConnectionId == c.Connection.Id && r.Vendor == c.Connection.Vendor).Select(r => r.ExternalId).ToList();
            if (c.Connection.Vendor == VendorKind.Walcu)
            {
                sources.AddRange((mine ?? [null]).SelectMany(id => Walcu(filter, context, id)));
            }
            else if (GuardantOrderQueries.Statuses(filter) is { } statuses && filter.Shows(OrderSourceKind.GuardantOrder))
            {
                var ids = mine is null ? await GuardantCustomersAsync(c.Connection.Id, ct) : GuardantIds(mine);
                sources.AddRange(await GuardantAsync(filter, context, statuses, ids, mine is not null, progress, ct));
            }
        }
        return sources;
    }

    private IEnumerable<IOrderSource> Walcu(OrderFilter filter, OrderSourceContext context, string? clientId)
    {
        var client = clients.Create<IWalcuClient>(context.Connection);
        foreach (var kind in new[] { OrderSourceKind.WalcuRepairOrder, OrderSourceKind.WalcuOffer })
        {
            if (filter.Shows(kind) && WalcuOrderQueries.For(kind, filter, context.TimeZone, clientId) is { } query)
            {
                yield return new WalcuOrderSource(client, kind, query, context);
            }
        }
    }

    private async Task<IReadOnlyList<IOrderSource>> GuardantAsync(OrderFilter filter, OrderSourceContext context,
        IReadOnlyList<GuardantOrderStatus> statuses, IReadOnlyList<long> ids, bool perCustomer, IProgress<OrderLoadProgress>? progress, CancellationToken ct)
    {
        var client = clients.Create<IGuardantClient>(context.Connection);
        if (perCustomer && GuardantOrderQueries.CanPushDown(filter))
        {
            return ids.Select(id => new GuardantCustomerOrderSource(client, id, GuardantOrderQueries.Query(filter, statuses), context)).ToList();
        }
        var label = context.Label("orders");
        var report = progress is null ? null : new Progress<int>(n => progress.Report(new OrderLoadProgress(label, n, ids.Count)));
        try
        {
            var rows = await GuardantOrderLoader.LoadAsync(client, ids, filter, statuses, context, options.Value.GuardantConcurrency, report, ct);
            return [SortedOrderSource.Of($"guardant:{context.Connection.Id}:all", label, rows, filter.Sort, filter.Descending)];
        }
        catch (VendorApiException e)
        {
            return [new FailedOrderSource($"guardant:{context.Connection.Id}:all", label, e)];
        }
    }

    private async Task<List<SourceRef>> RecordsOfAsync(long personId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Set<IndexedCustomer>().AsNoTracking()
            .Where(c => c.PersonId == personId && !c.Deleted && (c.Vendor == VendorKind.Guardant || c.Vendor == VendorKind.Walcu))
            .OrderBy(c => c.Id).Select(c => new { c.Vendor, c.ConnectionId, c.ExternalId }).ToListAsync(ct);
        return rows.Select(r => new SourceRef(r.Vendor, r.ConnectionId, r.ExternalId)).ToList();
    }

    private async Task<List<long>> GuardantCustomersAsync(int connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = await db.Set<IndexedCustomer>().AsNoTracking()
            .Where(c => c.ConnectionId == connectionId && c.Vendor == VendorKind.Guardant && !c.Deleted)
            .Select(c => c.ExternalId).ToListAsync(ct);
        return GuardantIds(ids).Order().ToList();
    }

    private static List<long> GuardantIds(IEnumerable<string> ids) =>
        ids.Select(id => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).Where(n => n > 0).ToList();
}

/// <summary>Customers asked so far out of all, while a fan-out runs.</summary>
public sealed record OrderLoadProgress(string Label, int Done, int Total);
