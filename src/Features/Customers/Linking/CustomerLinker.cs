using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Customers.Index;

namespace Portal.Features.Customers.Linking;

/// <summary>
/// Links the records the writer marked pending, a bounded batch at a time: rewrites their blocking keys, compares
/// them with the records sharing a key, and moves records between people (one transaction per batch). Runs one
/// batch at a time for the whole portal, since SQLite has a single writer anyway.
/// </summary>
public sealed class CustomerLinker(IDbContextFactory<PortalDbContext> dbFactory, LinkStore store, ILogger<CustomerLinker> logger)
{
    public const int BatchSize = 500;

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Links every pending record; returns how many were linked.</summary>
    public async Task<int> LinkPendingAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var total = 0;
            while (await LinkBatchAsync(ct) is var linked and > 0)
            {
                total += linked;
            }
            return total;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> LinkBatchAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // SQLite transactions here begin IMMEDIATE: the writer cannot change a pending row between this read and our
        // clearing its flag, so a change made meanwhile is never marked as linked.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var pending = await LinkRecord.From(db.Set<IndexedCustomer>().Where(c => c.LinkPending).OrderBy(c => c.Id).Take(BatchSize)).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return 0;
        }
        await store.ReplaceKeysAsync(db, pending, ct);
        var candidates = await store.CandidatesAsync(db, pending, ct);
        var workingSet = await store.WorkingSetAsync(db, pending, candidates.Values.SelectMany(c => c), ct);
        var plan = new LinkPlan(workingSet, await store.DecisionsAsync(db, workingSet, ct));
        foreach (var record in pending)
        {
            plan.Place(record.Id, candidates[record.Id]);
        }
        var links = plan.Finish();
        await LinkPlanWriter.ApplyAsync(db, plan, links, pending.Select(r => r.Id).ToList(), ct);
        await transaction.CommitAsync(ct);
        logger.LogDebug("Linked {Count} records; {People} people changed", pending.Count, plan.Affected.Count);
        return pending.Count;
    }
}
