using Portal.Vendors;
using Portal.Vendors.Cova;

namespace Portal.Features.Customers.Profile.Sources;

/// <summary>
/// Cova has only its delta feed (no read by id): the live copy is looked for among the customers changed since
/// the indexed record's modification time, in the first <see cref="MaxPages"/> pages. Read-only on the page.
/// </summary>
internal sealed class CovaProfileSource : ReadOnlyProfileSource
{
    public const int MaxPages = 3;

    public override VendorKind Vendor => VendorKind.Cova;

    public override async Task<SourceSnapshot?> ReadAsync(IVendorClient client, string externalId, DateTimeOffset? lastModified, CancellationToken ct)
    {
        if (lastModified is not { } since)
        {
            throw new SourceNotReadableException("Cova has no read by id and the index copy has no modification time.");
        }
        var cova = (ICovaClient)client;
        string? next = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var answer = await cova.ListModifiedSincePageAsync(since, next, ct);
            if (answer.Items.FirstOrDefault(c => c.Id == externalId) is { } found && CovaMapper.ToCustomer(client.Connection.Id, found) is { } record)
            {
                return new SourceSnapshot(record, new Dictionary<string, string?>(), found);
            }
            if ((next = answer.Next) is null)
            {
                break;
            }
        }
        throw new SourceNotReadableException($"Not in Cova's delta feed's first {MaxPages} pages since the indexed change.");
    }
}
