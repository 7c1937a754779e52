using Portal.Vendors;
using Portal.Vendors.Cova;
using Portal.Vendors.Drivly;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Sync.Sources;

/// <summary>
/// A vendor whose API lists records modified since a time, oldest first (see <see cref="ChangeFeed"/>): Drivly
/// (customers by updatedAt) and Cova (the CustomerFull delta feed, whose merged duplicates carry MergedIntoCustomerId,
/// so the index marks them deleted-as-merged and linking joins them).
/// </summary>
internal sealed class ChangeFeedSource<TClient>(
    VendorKind vendor, Func<TClient, SyncContext, DateTimeOffset, CancellationToken, IAsyncEnumerable<CustomerRecord?>> feed,
    IVendorClientFactory clients, TimeProvider time) : ISyncSource where TClient : class, IVendorClient
{
    public VendorKind Vendor => vendor;

    public IAsyncEnumerable<SyncBatch> ReadAsync(SyncContext context, CancellationToken ct)
    {
        var since = ChangeFeed.Since(context.Checkpoint);
        var records = feed(clients.Create<TClient>(context.Connection.Connection), context, since, ct);
        return ChangeFeed.BatchAsync(records, since, time.GetUtcNow(), context.BatchSize, ct);
    }
}

/// <summary>The vendors read through their change feeds alone, each with its call and its mapper (Walcu adds an id
/// sweep: <see cref="WalcuSyncSource"/>).</summary>
internal static class ChangeFeedSources
{
    public static void Add(IServiceCollection services)
    {
        Add<IDrivlyClient>(services, VendorKind.Drivly, (client, context, since, ct) =>
            client.ListCustomersModifiedSinceAsync(since, Math.Min(context.BatchSize, 1000), ct)
                .Select(c => string.IsNullOrWhiteSpace(c.Id ?? c.CustomerId) ? null : DrivlyMapper.ToCustomer(c, context.ConnectionId)));
        Add<ICovaClient>(services, VendorKind.Cova, (client, context, since, ct) =>
            client.ListModifiedSinceAsync(since, ct).Select(c => CovaMapper.ToCustomer(context.ConnectionId, c)));
    }

    private static void Add<TClient>(
        IServiceCollection services, VendorKind vendor,
        Func<TClient, SyncContext, DateTimeOffset, CancellationToken, IAsyncEnumerable<CustomerRecord?>> feed)
        where TClient : class, IVendorClient =>
        services.AddSingleton<ISyncSource>(sp => new ChangeFeedSource<TClient>(
            vendor, feed, sp.GetRequiredService<IVendorClientFactory>(), sp.GetRequiredService<TimeProvider>()));
}
