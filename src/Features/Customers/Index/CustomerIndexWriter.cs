using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Index;

/// <summary>
/// Upserts vendor records into the index in batches (one transaction per batch). A record seen for the first
/// time becomes its own person until linking joins it to others.
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
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keys = records.Select(r => r.Source.ToString()).ToList();
        var existing = await db.Set<IndexedCustomer>().Where(c => keys.Contains(c.SourceRef)).ToDictionaryAsync(c => c.SourceRef, ct);
        var now = time.GetUtcNow();
        var changed = 0;
        foreach (var record in records)
        {
            var key = record.Source.ToString();
            if (!existing.TryGetValue(key, out var row))
            {
                row = new IndexedCustomer { SourceRef = key, ExternalId = record.Source.ExternalId };
                row.Person = new Person { DealershipId = dealershipId, RecordCount = 1 };
                row.LinkStatus = LinkStatus.Single;
                db.Add(row);
                existing[key] = row;
            }
            mapper.Apply(record, dealershipId, row);
            var entry = db.Entry(row);
            if (entry.State == EntityState.Added || entry.Properties.Any(p => p.IsModified))
            {
                row.IndexedUtc = now; // unchanged records stay untouched, so a re-run of sync writes nothing
                row.LinkPending = true;
                changed++;
            }
            if (row.Person is { } person && person.Id == 0)
            {
                person.DisplayName = row.DisplayName;
                person.LastActivityUtc = row.LastModifiedUtc;
            }
        }
        await db.SaveChangesAsync(ct);
        return changed;
    }

    /// <summary>Marks records the vendor no longer has (deleted or merged away); they stay for history.</summary>
    public async Task<int> MarkDeletedAsync(IReadOnlyCollection<SourceRef> sources, CancellationToken ct = default)
    {
        var keys = sources.Select(s => s.ToString()).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<IndexedCustomer>().Where(c => keys.Contains(c.SourceRef) && !c.Deleted)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Deleted, true).SetProperty(c => c.IndexedUtc, time.GetUtcNow()), ct);
    }
}
