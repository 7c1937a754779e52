using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Features.Customers.Index;
using Portal.Security;

namespace Portal.Features.Customers.Linking;

internal sealed class LinkReviewService(
    ICurrentUser currentUser, IDbContextFactory<PortalDbContext> dbFactory, CustomerLinker linker, IAuditLog audit, TimeProvider time)
    : ILinkReviewService
{
    public async Task<IReadOnlyList<PossibleMatch>> ListPossibleAsync(int take = 50, CancellationToken ct = default)
    {
        var user = await UserAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Set<IndexedCustomer>().AsNoTracking().Where(c => c.LinkStatus == LinkStatus.Possible);
        if (!user.IsAdmin)
        {
            query = query.Where(c => user.DealershipIds.Contains(c.DealershipId));
        }
        return await query.OrderBy(c => c.LinkScore).ThenBy(c => c.Id).Take(Math.Clamp(take, 1, 500))
            .Select(c => new PossibleMatch(c.PersonId, c.Person == null ? "" : c.Person.DisplayName, c.DealershipId, c.SourceRef,
                c.DisplayName, c.LinkScore, c.LinkRules))
            .ToListAsync(ct);
    }

    public async Task ConfirmAsync(string sourceRef, CancellationToken ct = default)
    {
        var (user, record, others) = await LoadAsync(sourceRef, ct);
        if (others.Count == 0)
        {
            throw new InvalidOperationException("The record is not linked to any other record.");
        }
        await DecideAsync(user, record, others, LinkDecisionKind.Together, ct);
        await AuditAsync(AuditActions.CustomerLinkConfirmed, record, null, $"with {others.Count} record(s); was {record.LinkStatus} {record.LinkScore:0.###} [{record.LinkRules}]", ct);
    }

    public async Task<long> SplitAsync(string sourceRef, string? reason = null, CancellationToken ct = default)
    {
        var (user, record, others) = await LoadAsync(sourceRef, ct);
        if (others.Count == 0)
        {
            return record.PersonId;
        }
        await DecideAsync(user, record, others, LinkDecisionKind.Apart, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var personId = await db.Set<IndexedCustomer>().Where(c => c.Id == record.Id).Select(c => c.PersonId).SingleAsync(ct);
        await AuditAsync(AuditActions.CustomerLinkSplit, record, reason, $"from person {record.PersonId} to {personId}; was {record.LinkStatus} {record.LinkScore:0.###} [{record.LinkRules}]", ct);
        return personId;
    }

    private async Task<UserContext> UserAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.Customers);
        return user;
    }

    private async Task<(UserContext User, IndexedCustomer Record, List<string> Others)> LoadAsync(string sourceRef, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var record = await db.Set<IndexedCustomer>().AsNoTracking().FirstOrDefaultAsync(c => c.SourceRef == sourceRef, ct);
        if (record is null || !user.CanSeeDealership(record.DealershipId))
        {
            // The same answer for another dealership's record as for none at all: ids reveal nothing.
            throw new AccessDeniedException("No such customer record.");
        }
        var others = await db.Set<IndexedCustomer>().Where(c => c.PersonId == record.PersonId && c.Id != record.Id)
            .Select(c => c.SourceRef).ToListAsync(ct);
        return (user, record, others);
    }

    /// <summary>Stores the decision for each pair, then relinks the record so the person reflects it at once.</summary>
    private async Task DecideAsync(UserContext user, IndexedCustomer record, List<string> others, LinkDecisionKind kind, CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var pairs = others.Select(o => LinkDecision.Pair(record.SourceRef, o)).ToList();
            var lefts = pairs.Select(p => p.A).ToList();
            var existing = await db.Set<LinkDecision>().Where(d => lefts.Contains(d.SourceRefA)).ToListAsync(ct);
            db.RemoveRange(existing.Where(d => pairs.Contains((d.SourceRefA, d.SourceRefB))));
            db.AddRange(pairs.Select(p => new LinkDecision
            {
                DealershipId = record.DealershipId, SourceRefA = p.A, SourceRefB = p.B, Kind = kind,
                DecidedByUserId = user.UserId ?? "", DecidedUtc = time.GetUtcNow(),
            }));
            await db.Set<IndexedCustomer>().Where(c => c.Id == record.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.LinkPending, true), ct);
            await db.SaveChangesAsync(ct);
        }
        await linker.LinkPendingAsync(ct);
    }

    private Task AuditAsync(string action, IndexedCustomer record, string? reason, string detail, CancellationToken ct) =>
        audit.RecordAsync(new AuditEvent(action)
        {
            Target = new AuditTarget(AuditTargetTypes.Customer, record.SourceRef),
            DealershipId = record.DealershipId,
            Reason = reason,
            Detail = detail,
        }, ct);
}
