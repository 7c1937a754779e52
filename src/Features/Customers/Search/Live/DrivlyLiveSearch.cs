using Portal.Vendors;
using Portal.Vendors.Drivly;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Search.Live;

/// <summary>
/// Drivly has no search call, but its list takes a Payload <c>where</c>: an email or phone is one <c>contains</c>
/// condition on that field; a name needs every word in the first or last name. The client escapes the values.
/// </summary>
internal sealed class DrivlyLiveSearch : ILiveSearchSource
{
    public VendorKind Vendor => VendorKind.Drivly;

    public string Method => "Drivly where: name, email or phone contains";

    public async Task<IReadOnlyList<CustomerRecord>> SearchAsync(IVendorClient client, LiveQuery query, CancellationToken cancellationToken)
    {
        var drivly = (IDrivlyClient)client;
        var page = await drivly.ListCustomersAsync(new DrivlyQuery { Where = Where(query), Limit = 20, Sort = "consumerLastName" }, cancellationToken);
        return page.Items.Select(c => DrivlyMapper.ToCustomer(c, client.Connection.Id)).ToList();
    }

    internal static DrivlyWhere Where(LiveQuery query) => query switch
    {
        { Kind: SearchKind.Email } => DrivlyWhere.Contains("email", query.Text.ToLowerInvariant()),
        { PhoneDigits: { } digits } => DrivlyWhere.Contains("phone", digits),
        _ => DrivlyWhere.And([.. query.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3)
            .Select(word => DrivlyWhere.Or(DrivlyWhere.Contains("consumerFirstName", word), DrivlyWhere.Contains("consumerLastName", word)))]),
    };
}
