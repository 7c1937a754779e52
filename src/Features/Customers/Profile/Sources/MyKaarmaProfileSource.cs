using Portal.Vendors;
using Portal.Vendors.Model;
using Portal.Vendors.MyKaarma;

namespace Portal.Features.Customers.Profile.Sources;

/// <summary>
/// myKaarma reads a profile only through a view request: the live copy is the profile of an open view request of
/// this customer, found among the first <see cref="MaxRequests"/> open requests of each department (read four at a
/// time). Its vault items are the customer's data requests. Read-only on the page.
/// </summary>
internal sealed class MyKaarmaProfileSource : ReadOnlyProfileSource
{
    public const int MaxRequests = 100;

    public override VendorKind Vendor => VendorKind.MyKaarma;

    public override async Task<SourceSnapshot?> ReadAsync(IVendorClient client, string externalId, DateTimeOffset? lastModified, CancellationToken ct)
    {
        var mk = (IMyKaarmaClient)client;
        CustomerRecord? record = null;
        var items = new List<DataRequestItem>();
        foreach (var department in mk.Departments)
        {
            var tokens = new List<string>();
            await foreach (var request in mk.ListAllOpenRequestTokensAsync(department, ct))
            {
                if (request.CustomerProfileViewRequestToken is { } token)
                {
                    tokens.Add(token);
                }
                if (tokens.Count >= MaxRequests)
                {
                    break;
                }
            }
            await Parallel.ForEachAsync(tokens, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (token, token_ct) =>
            {
                if (await mk.GetCustomerProfileAsync(department, token, token_ct) is { } profile
                    && MyKaarmaMapper.ToCustomer(client.Connection.Id, profile) is { } found && found.Source.ExternalId == externalId)
                {
                    lock (items)
                    {
                        record ??= found;
                        items.AddRange(MyKaarmaMapper.ToItems(client.Connection.Id, token, profile));
                    }
                }
            });
        }
        return record is null
            ? throw new SourceNotReadableException($"No open myKaarma view request of this customer among the first {MaxRequests}.")
            : new SourceSnapshot(record, new Dictionary<string, string?>(), record) { DataRequests = items };
    }
}
