using Portal.Vendors;

namespace Portal.Vendors.MyKaarma;

/// <summary>
/// myKaarma (mykaarma-customer-profile-data): customer profile, vehicles and vault data-request items of a view
/// request, plus two calls the document does not show (open requests, recording a review; see
/// docs/vendor-assumptions/mykaarma.md). HTTP Basic authentication; every call is scoped by a department uuid.
/// </summary>
public interface IMyKaarmaClient : IVendorClient
{
    /// <summary>The department uuids this connection may read (setting "departmentUuids", comma-separated).</summary>
    IReadOnlyList<string> Departments { get; }

    /// <summary>
    /// getCustomerProfileData (path parameters departmentUuid, customerProfileViewRequestToken). Null when myKaarma
    /// answers 204 (no data for that token).
    /// </summary>
    Task<MyKaarmaProfileData?> GetCustomerProfileAsync(string departmentUuid, string viewRequestToken, CancellationToken cancellationToken = default);

    /// <summary>One page of the department's open view requests (assumption: not in the document).</summary>
    Task<Page<MyKaarmaViewRequestRef>> ListOpenRequestTokensAsync(
        string departmentUuid, string? pageToken = null, int pageSize = MyKaarmaPaths.DefaultPageSize, CancellationToken cancellationToken = default);

    /// <summary>Every open view request of the department, page after page.</summary>
    IAsyncEnumerable<MyKaarmaViewRequestRef> ListAllOpenRequestTokensAsync(string departmentUuid, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a review of a vault item (assumption: body shaped as a documented <c>reviews[]</c> element). The same
    /// <paramref name="idempotencyKey"/> sent twice records once and answers the same, so a call that ended
    /// OutcomeUnknown can be repeated safely with the same key. Returns the item as it now stands.
    /// </summary>
    Task<MyKaarmaItem> SubmitReviewAsync(
        string departmentUuid, string vaultDataRequestUuid, string itemUuid, MyKaarmaReview review, string idempotencyKey,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Downloads an item's document (dealerSupportedItemMetaData.fileUrl) with the connection's credentials. Refuses a
    /// URL outside the connection's base URL so the credentials never travel to another host.
    /// </summary>
    Task<MyKaarmaDocument> GetDocumentAsync(string fileUrl, CancellationToken cancellationToken = default);
}
