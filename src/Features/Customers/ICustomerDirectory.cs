using Portal.Security;
using Portal.Vendors.Model;

namespace Portal.Features.Customers;

/// <summary>One person with every vendor record linked to them, as the index holds them.</summary>
public sealed record PersonView(long PersonId, string DisplayName, int DealershipId, IReadOnlyList<PersonRecord> Records)
{
    public IEnumerable<string> Emails => Records.SelectMany(r => r.Snapshot.Emails).Distinct();

    public IEnumerable<string> Phones => Records.SelectMany(r => r.Snapshot.Phones).Distinct();
}

/// <summary>One linked record: the index's copy, when it was indexed, and why it is linked.</summary>
public sealed record PersonRecord(CustomerRecord Snapshot, DateTimeOffset IndexedUtc, bool Deleted, double LinkScore, string LinkRules, string LinkStatus);

/// <summary>
/// Reads people from the customer index, scoped to the user's dealerships in the query itself: a person of
/// another dealership is reported as not found, exactly like a person that does not exist.
/// </summary>
public interface ICustomerDirectory
{
    Task<PersonView?> GetPersonAsync(UserContext user, long personId, CancellationToken ct = default);

    /// <summary>The person a vendor record belongs to, if the user may see it.</summary>
    Task<long?> PersonOfAsync(UserContext user, SourceRef source, CancellationToken ct = default);
}
