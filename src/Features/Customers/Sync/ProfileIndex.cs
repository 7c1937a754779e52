using Portal.Features.Connections;
using Portal.Features.Customers.Index;
using Portal.Features.Customers.Linking;
using Portal.Vendors.MyKaarma;

namespace Portal.Features.Customers.Sync;

internal sealed class ProfileIndex(CustomerIndexWriter writer, CustomerLinker linker) : IProfileIndex
{
    public async Task<bool> UpsertProfileAsync(ResolvedConnection connection, MyKaarmaProfileData profile, CancellationToken ct = default)
    {
        if (MyKaarmaMapper.ToCustomer(connection.Connection.Id, profile) is not { } record)
        {
            return false;
        }
        if (await writer.UpsertAsync([record], connection.DealershipId, ct) > 0)
        {
            await linker.LinkPendingAsync(ct);
        }
        return true;
    }
}
