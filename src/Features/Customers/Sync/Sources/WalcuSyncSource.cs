using Portal.Vendors;
using Portal.Vendors.Walcu;

namespace Portal.Features.Customers.Sync.Sources;

/// <summary>Walcu: clients listed by updated_at at or after the checkpoint, oldest first.</summary>
internal sealed class WalcuSyncSource(IVendorClientFactory clients, TimeProvider time) : ISyncSource
{
    public VendorKind Vendor => VendorKind.Walcu;

    public IAsyncEnumerable<SyncBatch> ReadAsync(SyncContext context, CancellationToken ct)
    {
        var client = clients.Create<IWalcuClient>(context.Connection.Connection);
        var since = ChangeFeed.Since(context.Checkpoint);
        var records = client.ListClientsModifiedSinceAsync(since, ct).Select(c => WalcuMapper.ToCustomer(c, context.ConnectionId));
        return ChangeFeed.BatchAsync(records, since, time.GetUtcNow(), context.BatchSize, ct);
    }
}
