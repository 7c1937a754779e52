namespace Portal.Vendors.Guardant;

/// <summary>
/// Guardant licence management Web API, customers and orders (vendor doc: guardant-customers-orders.txt).
/// Authentication is <c>Authorization: Bearer {apiKey}</c> (our assumption: the document does not show it).
/// </summary>
public interface IGuardantClient : IVendorClient
{
    /// <summary>One page of customers ("Get a list of customers": GET /v1.0/customers with sortby, direction, offset, limit, type, archived).</summary>
    Task<Page<GuardantCustomer>> ListCustomersAsync(GuardantCustomerQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every customer matching <paramref name="query"/>, page after page (offset paging).</summary>
    IAsyncEnumerable<GuardantCustomer> AllCustomersAsync(GuardantCustomerQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>"Get a customer by ID" (GET /v1.0/customers/{id}); null when the vendor has no such customer.</summary>
    Task<GuardantCustomer?> GetCustomerAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>"Create a new customer" (POST /v1.0/customers). Not retried: a write without an answer is OutcomeUnknown.</summary>
    Task<GuardantCustomer> CreateCustomerAsync(GuardantCustomerWrite customer, CancellationToken cancellationToken = default);

    /// <summary>
    /// "Change customer" (PUT /v1.0/customers/{id}) without blanking anything: reads the customer, checks that the
    /// fields being changed still hold what the user started from (<paramref name="startedFrom"/>; Conflict
    /// otherwise, nothing written), then PUTs the whole record with only those fields changed.
    /// </summary>
    Task<GuardantCustomer> UpdateCustomerAsync(
        long id, GuardantCustomerChanges changes, GuardantCustomer? startedFrom = null, CancellationToken cancellationToken = default);

    /// <summary>"Remove a customer" (DELETE /v1.0/customers/{id}).</summary>
    Task DeleteCustomerAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>One page of a customer's orders ("Get a list of customer orders": sortby number|submitdate, direction, offset, limit, status).</summary>
    Task<Page<GuardantOrder>> ListOrdersAsync(long customerId, GuardantOrderQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every order of a customer matching <paramref name="query"/>, page after page.</summary>
    IAsyncEnumerable<GuardantOrder> AllOrdersAsync(long customerId, GuardantOrderQuery? query = null, CancellationToken cancellationToken = default);
}
