using System.Runtime.CompilerServices;
using Portal.Features.Audit;
using Portal.Features.Orders.Sources;
using Portal.Security;

namespace Portal.Features.Orders;

/// <summary>
/// Orders across the user's dealerships (or one customer), merged across Guardant and Walcu with the filter pushed
/// down where the vendor can. The sources of the last filter are kept for this circuit, so paging through a
/// dealership-wide list does not ask every Guardant customer again. Every call demands the Orders policy.
/// </summary>
public sealed class OrdersService(ICurrentUser currentUser, OrderSourcePlanner planner, OrderCustomerNames names, IAuditLog audit)
{
    private (string Key, IReadOnlyList<IOrderSource> Sources)? _planned;

    public async Task<OrderPage> PageAsync(
        OrderFilter filter, OrderCursor? cursor, int size, IProgress<OrderLoadProgress>? progress = null, CancellationToken ct = default)
    {
        var user = await DemandAsync(filter, ct);
        var sources = await SourcesAsync(user, filter, fresh: cursor is null, progress, ct);
        var page = await OrderMerger.PageAsync(sources, cursor ?? OrderCursor.Start, size, filter.Sort, filter.Descending, ct);
        return page with { Rows = await names.NameAsync(user, page.Rows, ct) };
    }

    /// <summary>Every order of the filter in order (export, chart), page after page; failed sources are skipped.</summary>
    public async IAsyncEnumerable<OrderRow> AllAsync(OrderFilter filter, IProgress<OrderLoadProgress>? progress = null,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var user = await DemandAsync(filter, ct);
        var sources = await SourcesAsync(user, filter, fresh: false, progress, ct);
        OrderCursor? cursor = OrderCursor.Start;
        while (cursor is not null)
        {
            var page = await OrderMerger.PageAsync(sources, cursor, 500, filter.Sort, filter.Descending, ct);
            foreach (var row in await names.NameAsync(user, page.Rows, ct))
            {
                yield return row;
            }
            cursor = page.Next;
        }
    }

    /// <summary>Orders per month (in each dealership's time zone) and status, for the chart.</summary>
    public async Task<IReadOnlyList<OrderMonthCount>> MonthlyCountsAsync(OrderFilter filter, CancellationToken ct = default)
    {
        var counts = new Dictionary<(DateOnly, Vendors.Model.OrderStatus), int>();
        await foreach (var row in AllAsync(filter, null, ct))
        {
            if (row.Order.DateUtc is { } date)
            {
                var local = TimeZoneInfo.ConvertTime(date, row.TimeZone);
                var key = (new DateOnly(local.Year, local.Month, 1), row.Order.Status);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return counts.Select(kv => new OrderMonthCount(kv.Key.Item1, kv.Key.Item2, kv.Value)).OrderBy(c => c.Month).ThenBy(c => c.Status).ToList();
    }

    public async Task RecordViewedAsync(OrderFilter filter, CancellationToken ct = default)
    {
        await DemandAsync(filter, ct);
        await audit.RecordAsync(new AuditEvent(AuditActions.OrdersViewed)
        {
            Target = filter.PersonId is { } p ? new AuditTarget(AuditTargetTypes.Customer, p.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null,
            DealershipId = filter.DealershipId,
            Detail = filter.Describe(),
        }, ct);
    }

    /// <summary>Records that the user opened one order's details (the drawer).</summary>
    public async Task RecordOpenedAsync(OrderRow row, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.Orders);
        if (!user.CanSeeDealership(row.DealershipId))
        {
            throw new AccessDeniedException($"'{user.DisplayName}' may not see dealership {row.DealershipId}.");
        }
        await audit.RecordAsync(new AuditEvent(AuditActions.OrderDetailViewed)
        {
            Target = new AuditTarget(AuditTargetTypes.Order, row.Id, row.Order.Number),
            DealershipId = row.DealershipId,
        }, ct);
    }

    /// <summary>People to filter by: those whose name starts with <paramref name="text"/>, or the one with <paramref name="personId"/>.</summary>
    public async Task<IReadOnlyList<OrderCustomerOption>> FindCustomersAsync(string? text, long? personId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.Orders);
        return await names.FindPeopleAsync(user, text, personId, ct);
    }

    internal async Task<UserContext> DemandAsync(OrderFilter filter, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.Orders);
        if (filter.DealershipId is { } d && !user.CanSeeDealership(d))
        {
            throw new AccessDeniedException($"'{user.DisplayName}' may not see dealership {d}.");
        }
        return user;
    }

    private async Task<IReadOnlyList<IOrderSource>> SourcesAsync(
        UserContext user, OrderFilter filter, bool fresh, IProgress<OrderLoadProgress>? progress, CancellationToken ct)
    {
        var key = filter.ToQueryString();
        if (!fresh && _planned is { } planned && planned.Key == key)
        {
            return planned.Sources;
        }
        IReadOnlyCollection<int>? scope = filter.DealershipId is { } d ? [d] : user.IsAdmin ? null : user.DealershipIds;
        if (filter.PersonId is { } person && !await names.CanSeePersonAsync(user, person, ct))
        {
            scope = [];
        }
        var sources = scope is { Count: 0 } ? [] : await planner.PlanAsync(filter, scope, progress, ct);
        _planned = (key, sources);
        return sources;
    }
}
