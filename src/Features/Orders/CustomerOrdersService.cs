using System.Globalization;
using Portal.Features.Audit;
using Portal.Features.Customers;
using Portal.Features.Orders.Sources;
using Portal.Security;
using Portal.Vendors;

namespace Portal.Features.Orders;

/// <summary>One person's Guardant orders and Walcu repair orders and offers, newest first, each list with its failures.</summary>
public sealed record CustomerOrders(IReadOnlyList<OrderRow> Rows, IReadOnlyList<OrderSourceProblem> Problems)
{
    public IEnumerable<OrderRow> Of(OrderSourceKind kind) => Rows.Where(r => r.Kind == kind);
}

/// <summary>What the customer page's orders section reads (an interface so the section can be tested alone).</summary>
public interface ICustomerOrders
{
    /// <summary>Every order of the person's Guardant and Walcu records; demands Orders and the person's dealership; audited.</summary>
    Task<CustomerOrders> ForPersonAsync(PersonView person, CancellationToken ct = default);
}

/// <summary>The customer page's orders section: reads every order of the person's Guardant and Walcu records.</summary>
public sealed class CustomerOrdersService(ICurrentUser currentUser, OrderSourcePlanner planner, IAuditLog audit) : ICustomerOrders
{
    private const int Batch = 200;

    public async Task<CustomerOrders> ForPersonAsync(PersonView person, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.Orders);
        if (!user.CanSeeDealership(person.DealershipId))
        {
            throw new AccessDeniedException($"'{user.DisplayName}' may not see dealership {person.DealershipId}.");
        }
        var records = person.Records.Where(r => !r.Deleted && r.Snapshot.Source.Vendor is VendorKind.Guardant or VendorKind.Walcu)
            .Select(r => r.Snapshot.Source).ToList();
        var filter = OrderFilter.None with { PersonId = person.PersonId };
        var sources = records.Count == 0 ? [] : await planner.PlanForRecordsAsync(filter, person.DealershipId, records, ct);
        var rows = new List<OrderRow>();
        var problems = new List<OrderSourceProblem>();
        OrderCursor? cursor = OrderCursor.Start;
        while (cursor is not null)
        {
            var page = await OrderMerger.PageAsync(sources, cursor, Batch, filter.Sort, filter.Descending, ct);
            rows.AddRange(page.Rows);
            problems.AddRange(page.Problems.Where(p => problems.All(q => q.SourceKey != p.SourceKey)));
            cursor = page.Next;
        }
        await audit.RecordAsync(new AuditEvent(AuditActions.OrdersViewed)
        {
            Target = new AuditTarget(AuditTargetTypes.Customer, person.PersonId.ToString(CultureInfo.InvariantCulture)),
            DealershipId = person.DealershipId,
            Detail = $"customer section; {rows.Count} orders; {problems.Count} sources failed",
        }, ct);
        return new CustomerOrders(rows, problems);
    }
}
