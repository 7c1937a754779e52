using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Portal.Vendors;
using Portal.Vendors.Walcu;

namespace Portal.Features.Customers.Sync.Sources;

/// <summary>
/// Walcu: clients changed since the checkpoint through the list filtered and sorted by updated_at (see
/// <see cref="ChangeFeed"/>). Walcu lists no deletions (DELETE /clients/{id} leaves no trace a list can show), so each
/// run, at most every <see cref="SyncOptions.DeletionSweepInterval"/>, ends with a sweep of every client id (the list
/// projected to _id, 1,000 a page) and checks the records the sweep did not show (<see cref="UnlistedRecords"/>).
/// </summary>
internal sealed class WalcuSyncSource(
    IVendorClientFactory clients, UnlistedRecords unlisted, IOptions<SyncOptions> options, TimeProvider time) : ISyncSource
{
    private readonly ConcurrentDictionary<int, DateTimeOffset> _lastSweep = new();

    private static readonly WalcuListQuery IdSweep = new(SortBy: WalcuField.Id, Limit: WalcuListQuery.MaxLimit, Project: ["_id"]);

    public VendorKind Vendor => VendorKind.Walcu;

    public async IAsyncEnumerable<SyncBatch> ReadAsync(SyncContext context, [EnumeratorCancellation] CancellationToken ct)
    {
        var client = clients.Create<IWalcuClient>(context.Connection.Connection);
        var since = ChangeFeed.Since(context.Checkpoint);
        var changed = client.ListClientsModifiedSinceAsync(since, ct).Select(c => WalcuMapper.ToCustomer(c, context.ConnectionId));
        var checkpoint = context.Checkpoint ?? "";
        await foreach (var batch in ChangeFeed.BatchAsync(changed, since, time.GetUtcNow(), context.BatchSize, ct))
        {
            checkpoint = batch.Checkpoint;
            yield return batch with { Progress = batch.Progress * 0.95 }; // the id sweep is the rest
        }
        var started = time.GetUtcNow();
        if (_lastSweep.TryGetValue(context.ConnectionId, out var last) && started - last < options.Value.DeletionSweepInterval)
        {
            yield break;
        }
        var listed = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var c in client.AllClientsAsync(IdSweep, ct))
        {
            if (c.Id is { } id)
            {
                listed.Add(id);
            }
        }
        yield return await unlisted.CheckAsync(VendorKind.Walcu, context.ConnectionId, listed, checkpoint,
            async (id, token) => await client.GetClientAsync(id, token) is { } c ? WalcuMapper.ToCustomer(c, context.ConnectionId) : null, ct);
        _lastSweep[context.ConnectionId] = started; // only once the runner committed what the sweep found
    }
}
