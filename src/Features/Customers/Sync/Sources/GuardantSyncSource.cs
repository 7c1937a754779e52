using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Vendors;
using Portal.Vendors.Guardant;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Sync.Sources;

/// <summary>
/// Guardant has no modification time: every run sweeps the full listing page by page (offset in the checkpoint) and
/// the writer keeps only records whose content changed (the mapper's VersionToken is a hash of the record). At the
/// end of a sweep, records the index holds but the listing no longer showed are checked one by one (offset paging
/// can skip a record that moved during the sweep): gone ones are marked deleted, the others refreshed. A sweep
/// resumed after a crash did not see its first pages, so it leaves deletions to the next full sweep.
/// </summary>
internal sealed class GuardantSyncSource(IVendorClientFactory clients, IDbContextFactory<PortalDbContext> dbFactory) : ISyncSource
{
    private const string Prefix = "sweep:";

    public VendorKind Vendor => VendorKind.Guardant;

    public async IAsyncEnumerable<SyncBatch> ReadAsync(SyncContext context, [EnumeratorCancellation] CancellationToken ct)
    {
        var client = clients.Create<IGuardantClient>(context.Connection.Connection);
        var offset = Offset(context.Checkpoint);
        var resumed = offset > 0;
        var expected = (await LiveIdsAsync(context.ConnectionId, ct)).Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var limit = Math.Clamp(context.BatchSize, 1, 1000);
        Page<GuardantCustomer> page;
        do
        {
            page = await client.ListCustomersAsync(new GuardantCustomerQuery { Offset = offset, Limit = limit }, ct);
            var records = page.Items.Select(c => GuardantMapper.ToCustomer(c, context.ConnectionId)).ToList();
            seen.UnionWith(records.Select(r => r.Source.ExternalId));
            offset += page.Items.Count;
            yield return new SyncBatch(records, Prefix + offset.ToString(CultureInfo.InvariantCulture))
            {
                Progress = Math.Min(0.99, offset / (double)Math.Max(expected, offset + 1)),
            };
        }
        while (page.HasMore);
        yield return resumed ? new SyncBatch([], "") : await MissingAsync(client, context.ConnectionId, seen, ct);
    }

    /// <summary>The records the sweep did not see: deleted when Guardant no longer has them, refreshed otherwise.</summary>
    private async Task<SyncBatch> MissingAsync(IGuardantClient client, int connectionId, HashSet<string> seen, CancellationToken ct)
    {
        var live = await LiveIdsAsync(connectionId, ct);
        var (found, deleted) = (new List<CustomerRecord>(), new List<SourceRef>());
        foreach (var id in live.Where(id => !seen.Contains(id)))
        {
            var customer = long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? await client.GetCustomerAsync(number, ct)
                : null;
            if (customer is null)
            {
                deleted.Add(new SourceRef(VendorKind.Guardant, connectionId, id));
            }
            else
            {
                found.Add(GuardantMapper.ToCustomer(customer, connectionId));
            }
        }
        return new SyncBatch(found, "") { Deleted = deleted, Read = found.Count, Progress = 1 };
    }

    private async Task<List<string>> LiveIdsAsync(int connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<IndexedCustomer>().AsNoTracking()
            .Where(c => c.ConnectionId == connectionId && c.Vendor == VendorKind.Guardant && !c.Deleted)
            .Select(c => c.ExternalId).ToListAsync(ct);
    }

    private static int Offset(string? checkpoint) =>
        checkpoint is { } c && c.StartsWith(Prefix, StringComparison.Ordinal)
        && int.TryParse(c.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? offset
            : 0;
}
