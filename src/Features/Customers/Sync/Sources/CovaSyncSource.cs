using Portal.Vendors;
using Portal.Vendors.Cova;

namespace Portal.Features.Customers.Sync.Sources;

/// <summary>
/// Cova: the CustomerFull delta feed since the checkpoint. A duplicate merged into another customer comes with
/// MergedIntoCustomerId: the index marks it deleted-as-merged and linking joins it to its survivor.
/// </summary>
internal sealed class CovaSyncSource(IVendorClientFactory clients, TimeProvider time) : ISyncSource
{
    public VendorKind Vendor => VendorKind.Cova;

    public IAsyncEnumerable<SyncBatch> ReadAsync(SyncContext context, CancellationToken ct)
    {
        var client = clients.Create<ICovaClient>(context.Connection.Connection);
        var since = ChangeFeed.Since(context.Checkpoint);
        var records = client.ListModifiedSinceAsync(since, ct).Select(c => CovaMapper.ToCustomer(context.ConnectionId, c));
        return ChangeFeed.BatchAsync(records, since, time.GetUtcNow(), context.BatchSize, ct);
    }
}
