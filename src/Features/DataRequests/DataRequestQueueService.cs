using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Security;

namespace Portal.Features.DataRequests;

/// <summary>
/// The queue (read from the portal's database, scoped to the user's dealerships, oldest first) and the on-demand
/// refresh from myKaarma. Compliance and Admin only, checked here on every call.
/// </summary>
public sealed class DataRequestQueueService(
    ICurrentUser currentUser, IDbContextFactory<PortalDbContext> dbFactory, DataRequestPoller poller, IAuditLog audit,
    IOptions<DataRequestOptions> options, TimeProvider clock)
{
    public async Task<QueueView> QueueAsync(QueueFilter filter, CancellationToken ct = default)
    {
        var user = await DemandAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scoped = Scope(db.Set<DataRequestRow>().AsNoTracking(), user);
        var types = await scoped.Where(r => r.Type != null).Select(r => r.Type ?? "").Distinct().OrderBy(t => t).ToListAsync(ct);
        var departments = await scoped.Select(r => r.DepartmentUuid).Distinct().OrderBy(d => d).ToListAsync(ct);
        var query = scoped;
        if (!string.IsNullOrEmpty(filter.Type))
        {
            query = query.Where(r => r.Type == filter.Type);
        }
        if (!string.IsNullOrEmpty(filter.Department))
        {
            query = query.Where(r => r.DepartmentUuid == filter.Department);
        }
        if (!string.IsNullOrWhiteSpace(filter.Customer))
        {
            var text = filter.Customer.Trim().ToLower();
            query = query.Where(r => r.CustomerName != null && r.CustomerName.ToLower().Contains(text));
        }
        var now = clock.GetUtcNow();
        if (filter.MinAgeHours is > 0 and var hours)
        {
            var before = now.AddHours(-hours);
            query = query.Where(r => r.RequestedUtc <= before);
        }
        var rows = await query.OrderBy(r => r.RequestedUtc).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.CustomerName, r.Type, r.Name, r.DepartmentUuid, r.Status, r.RequestedUtc })
            .ToListAsync(ct);
        var latest = await LatestDecisionsAsync(db, rows.Select(r => r.Id).ToList(), ct);
        var sla = options.Value.Sla;
        var all = rows.Select(r => new QueueRow(r.Id, r.CustomerName, r.Type, r.Name, r.DepartmentUuid, r.Status, r.RequestedUtc,
            now - r.RequestedUtc, SlaOf(now - r.RequestedUtc, sla), latest.GetValueOrDefault(r.Id))).ToList();
        var counts = all.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var shown = string.IsNullOrEmpty(filter.Status) ? all : all.Where(r => r.Status == filter.Status).ToList();
        return new QueueView(shown, counts, QueueBuckets.Count(all, sla), types, departments, sla);
    }

    /// <summary>Reads myKaarma now for the user's dealerships (all for admins); the poll runs one at a time.</summary>
    public async Task<PollResult> RefreshAsync(CancellationToken ct = default)
    {
        var user = await DemandAsync(ct);
        var result = await poller.PollAsync(user.IsAdmin ? null : user.DealershipIds, ct);
        await audit.RecordAsync(new AuditEvent(AuditActions.DataRequestsRefreshed)
        {
            Detail = $"requests {result.Requests}, items {result.Items}, failures {result.Failures}",
        }, ct);
        return result;
    }

    public static SlaState SlaOf(TimeSpan age, TimeSpan sla) =>
        age >= sla ? SlaState.Past : age >= sla * 0.75 ? SlaState.Near : SlaState.OnTime;

    internal static IQueryable<DataRequestRow> Scope(IQueryable<DataRequestRow> rows, UserContext user) =>
        user.IsAdmin ? rows : rows.Where(r => user.DealershipIds.Contains(r.DealershipId));

    internal static async Task<Dictionary<long, DecisionView>> LatestDecisionsAsync(PortalDbContext db, List<long> itemIds, CancellationToken ct)
    {
        var decisions = await db.Set<DataRequestDecision>().AsNoTracking().Where(d => itemIds.Contains(d.ItemId)).ToListAsync(ct);
        return decisions.GroupBy(d => d.ItemId).ToDictionary(g => g.Key, g => DecisionView.From(g.MaxBy(d => d.Id) ?? g.First()));
    }

    private async Task<UserContext> DemandAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.DataRequests);
        return user;
    }
}
