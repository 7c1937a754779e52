namespace Portal.Vendors.Drivly;

/// <summary>
/// Drivly commerce API, customers and their versions (vendor doc: drivly-commerce-customers-versions.txt; a Payload
/// CMS collection). Authentication: <c>Authorization: {apiKey}</c>, exactly as documented.
/// </summary>
public interface IDrivlyClient : IVendorClient
{
    /// <summary>One page of customers (GET /api/customers with where, sort, limit, page, depth).</summary>
    Task<Page<DrivlyCustomer>> ListCustomersAsync(DrivlyQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every customer matching <paramref name="query"/>, page after page.</summary>
    IAsyncEnumerable<DrivlyCustomer> AllCustomersAsync(DrivlyQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>GET /api/customers/{id}; null when there is no such customer.</summary>
    Task<DrivlyCustomer?> GetCustomerAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// PATCH /api/customers/{id} with only the contact fields that change (Drivly saves a new version). First reads
    /// the customer and checks that the fields being changed still hold what the user started from
    /// (<paramref name="startedFrom"/>); Conflict otherwise, with nothing written.
    /// </summary>
    Task<DrivlyCustomer> UpdateContactAsync(
        string id, DrivlyContactChanges changes, DrivlyCustomer? startedFrom = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of a customer's versions ("GET /customers/versions" with where[parent][equals]={id}), newest first
    /// unless <paramref name="oldestFirst"/>.
    /// </summary>
    Task<Page<DrivlyVersion>> ListVersionsAsync(
        string customerId, int page = 1, int limit = 20, bool oldestFirst = false, CancellationToken cancellationToken = default);

    /// <summary>Every version of a customer, oldest first (what the timeline diffs).</summary>
    IAsyncEnumerable<DrivlyVersion> AllVersionsAsync(string customerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every customer with updatedAt at or after <paramref name="since"/>, oldest change first, for sync
    /// (where[updatedAt][greater_than_equal], sort=updatedAt). Pages by moving the updatedAt cursor rather than the
    /// page number, so a customer changed during the walk cannot shift another one out of sight.
    /// </summary>
    IAsyncEnumerable<DrivlyCustomer> ListCustomersModifiedSinceAsync(
        DateTimeOffset since, int pageSize = 100, CancellationToken cancellationToken = default);
}
