using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Sync.Sources;

/// <summary>
/// Deletion detection for vendors that list no deletions (Walcu, Guardant): after a full listing of a connection's
/// ids, the records the index still holds as live but the listing did not show are asked for one by one (offset
/// paging can skip a record that moved during the listing): gone ones come back as deleted, the others refreshed.
/// </summary>
internal sealed class UnlistedRecords(IDbContextFactory<PortalDbContext> dbFactory)
{
    /// <summary>The external ids of the connection's records the index holds as live.</summary>
    public async Task<List<string>> LiveIdsAsync(VendorKind vendor, int connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<IndexedCustomer>().AsNoTracking()
            .Where(c => c.ConnectionId == connectionId && c.Vendor == vendor && !c.Deleted)
            .Select(c => c.ExternalId).ToListAsync(ct);
    }

    /// <summary>The batch that ends a full listing: the unlisted records, deleted or refreshed, under
    /// <paramref name="checkpoint"/>. <paramref name="fetch"/> reads one record; null when the vendor has it no more.</summary>
    public async Task<SyncBatch> CheckAsync(
        VendorKind vendor, int connectionId, IReadOnlySet<string> listed, string checkpoint,
        Func<string, CancellationToken, Task<CustomerRecord?>> fetch, CancellationToken ct)
    {
        var (found, deleted) = (new List<CustomerRecord>(), new List<SourceRef>());
        foreach (var id in (await LiveIdsAsync(vendor, connectionId, ct)).Where(id => !listed.Contains(id)))
        {
            if (await fetch(id, ct) is { } record)
            {
                found.Add(record);
            }
            else
            {
                deleted.Add(new SourceRef(vendor, connectionId, id));
            }
        }
        return new SyncBatch(found, checkpoint) { Deleted = deleted, Read = found.Count, Progress = 1 };
    }
}
