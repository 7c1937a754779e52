using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Index;

/// <summary>
/// Upserts vendor records into the index a batch at a time: one transaction and a few set-based statements per batch
/// (<see cref="CustomerIndexSql"/>), no change tracking. A record seen for the first time becomes its own person until
/// linking joins it to others; a record whose content is unchanged is not written at all.
/// </summary>
public sealed class CustomerIndexWriter(IDbContextFactory<PortalDbContext> dbFactory, IndexedCustomerMapper mapper, TimeProvider time)
{
    /// <summary>Upserts the records of one connection; returns how many records were added or changed (a new record's
    /// own person row is not counted).</summary>
    public async Task<int> UpsertAsync(IReadOnlyList<CustomerRecord> records, int dealershipId, CancellationToken ct = default)
    {
        if (records.Count == 0)
        {
            return 0;
        }
        // A record listed twice in one batch (it changed while the vendor was paged) counts as its latest copy.
        var rows = records.Reverse().DistinctBy(r => r.Source.ToString()).Reverse()
            .Select(r => mapper.Apply(r, dealershipId, new IndexedCustomer { SourceRef = r.Source.ToString(), ExternalId = r.Source.ExternalId }));
        var json = CustomerIndexSql.Json(rows);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await CustomerIndexSql.UpdateChangedAsync(db, json, now, ct);
        changed += await CustomerIndexSql.InsertNewAsync(db, json, now, ct);
        await transaction.CommitAsync(ct);
        return changed;
    }

    /// <summary>Marks records the vendor no longer has (deleted, or merged away); they stay for history, and linking
    /// looks at them again so their person's name, count and activity follow.</summary>
    public async Task<int> MarkDeletedAsync(IReadOnlyCollection<SourceRef> sources, CancellationToken ct = default)
    {
        var keys = sources.Select(s => s.ToString()).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<IndexedCustomer>().Where(c => keys.Contains(c.SourceRef) && !c.Deleted)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Deleted, true).SetProperty(c => c.IndexedUtc, time.GetUtcNow())
                .SetProperty(c => c.LinkPending, true), ct);
    }
}
