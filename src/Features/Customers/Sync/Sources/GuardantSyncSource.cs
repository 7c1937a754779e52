using System.Globalization;
using System.Runtime.CompilerServices;
using Portal.Vendors;
using Portal.Vendors.Guardant;

namespace Portal.Features.Customers.Sync.Sources;

/// <summary>
/// Guardant has no modification time: every run sweeps the full listing page by page (offset in the checkpoint) and
/// the writer keeps only records whose content changed (the mapper's VersionToken is a hash of the record). At the
/// end of a sweep, records the index holds but the listing no longer showed are checked one by one
/// (<see cref="UnlistedRecords"/>): gone ones are marked deleted, the others refreshed. A sweep
/// resumed after a crash did not see its first pages, so it leaves deletions to the next full sweep.
/// </summary>
internal sealed class GuardantSyncSource(IVendorClientFactory clients, UnlistedRecords unlisted) : ISyncSource
{
    private const string Prefix = "sweep:";

    public VendorKind Vendor => VendorKind.Guardant;

    public async IAsyncEnumerable<SyncBatch> ReadAsync(SyncContext context, [EnumeratorCancellation] CancellationToken ct)
    {
        var client = clients.Create<IGuardantClient>(context.Connection.Connection);
        var offset = Offset(context.Checkpoint);
        var resumed = offset > 0;
        var expected = (await unlisted.LiveIdsAsync(VendorKind.Guardant, context.ConnectionId, ct)).Count;
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
        yield return resumed ? new SyncBatch([], "") : await unlisted.CheckAsync(VendorKind.Guardant, context.ConnectionId, seen, "",
            async (id, token) => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && await client.GetCustomerAsync(number, token) is { } customer ? GuardantMapper.ToCustomer(customer, context.ConnectionId) : null, ct);
    }

    private static int Offset(string? checkpoint) =>
        checkpoint is { } c && c.StartsWith(Prefix, StringComparison.Ordinal)
        && int.TryParse(c.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? offset
            : 0;
}
