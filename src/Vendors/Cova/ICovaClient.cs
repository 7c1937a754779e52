namespace Portal.Vendors.Cova;

/// <summary>
/// Cova CRM (cova-customer-full): the delta feed of customers added or modified since a time. OAuth2 password grant;
/// the token is cached per connection, refreshed before it expires and once after a 401.
/// </summary>
public interface ICovaClient : IVendorClient
{
    /// <summary>
    /// GET v1/Companies({CompanyId})/CustomerFull?$filter=LastModifiedDateUtc ge datetime'…': every customer added or
    /// modified at or after <paramref name="since"/>, oldest change first, page after page.
    /// </summary>
    IAsyncEnumerable<CovaCustomer> ListModifiedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>One page of <see cref="ListModifiedSinceAsync"/>; pass the previous page's Next to continue.</summary>
    Task<Page<CovaCustomer>> ListModifiedSincePageAsync(DateTimeOffset since, string? next = null, CancellationToken cancellationToken = default);
}
