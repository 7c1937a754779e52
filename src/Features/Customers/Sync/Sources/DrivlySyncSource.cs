using Portal.Vendors;
using Portal.Vendors.Drivly;

namespace Portal.Features.Customers.Sync.Sources;

/// <summary>Drivly: customers by updatedAt at or after the checkpoint, oldest first.</summary>
internal sealed class DrivlySyncSource(IVendorClientFactory clients, TimeProvider time) : ISyncSource
{
    public VendorKind Vendor => VendorKind.Drivly;

    public IAsyncEnumerable<SyncBatch> ReadAsync(SyncContext context, CancellationToken ct)
    {
        var client = clients.Create<IDrivlyClient>(context.Connection.Connection);
        var since = ChangeFeed.Since(context.Checkpoint);
        var records = client.ListCustomersModifiedSinceAsync(since, Math.Min(context.BatchSize, 1000), ct)
            .Select(c => string.IsNullOrWhiteSpace(c.Id ?? c.CustomerId) ? null : DrivlyMapper.ToCustomer(c, context.ConnectionId));
        return ChangeFeed.BatchAsync(records, since, time.GetUtcNow(), context.BatchSize, ct);
    }
}
