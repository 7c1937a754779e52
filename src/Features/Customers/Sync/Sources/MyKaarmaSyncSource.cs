using System.Runtime.CompilerServices;
using Portal.Vendors;
using Portal.Vendors.Model;
using Portal.Vendors.MyKaarma;

namespace Portal.Features.Customers.Sync.Sources;

/// <summary>
/// myKaarma lists no customers: its profiles are read through view requests. Each run reads the profile of every
/// open view request of the connection's departments (the data-requests feature also indexes the profiles it
/// fetches, through <see cref="IProfileIndex"/>). Nothing to resume from: the next run simply reads them again.
/// </summary>
internal sealed class MyKaarmaSyncSource(IVendorClientFactory clients) : ISyncSource
{
    public VendorKind Vendor => VendorKind.MyKaarma;

    public async IAsyncEnumerable<SyncBatch> ReadAsync(SyncContext context, [EnumeratorCancellation] CancellationToken ct)
    {
        var client = clients.Create<IMyKaarmaClient>(context.Connection.Connection);
        var (batch, errors) = (new List<CustomerRecord>(), 0);
        foreach (var department in client.Departments)
        {
            await foreach (var request in client.ListAllOpenRequestTokensAsync(department, ct))
            {
                var profile = request.CustomerProfileViewRequestToken is { Length: > 0 } token
                    ? await client.GetCustomerProfileAsync(department, token, ct)
                    : null;
                if (profile is null || MyKaarmaMapper.ToCustomer(context.ConnectionId, profile) is not { } record)
                {
                    errors++;
                    continue;
                }
                batch.Add(record);
                if (batch.Count >= context.BatchSize)
                {
                    yield return new SyncBatch(batch, "") { Errors = errors };
                    (batch, errors) = (new List<CustomerRecord>(), 0);
                }
            }
        }
        yield return new SyncBatch(batch, "") { Errors = errors, Progress = 1 };
    }
}
