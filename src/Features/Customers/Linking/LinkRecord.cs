using Portal.Features.Customers.Index;
using Portal.Vendors;

namespace Portal.Features.Customers.Linking;

/// <summary>What linking reads of an indexed record (no snapshot JSON), with its names and contacts prepared once at
/// construction (so build a new one rather than copying with <c>with</c>, which would keep the old prepared values).</summary>
public sealed record LinkRecord(
    long Id, long PersonId, int DealershipId, VendorKind Vendor, int ConnectionId, string ExternalId, string SourceRef,
    string? FirstName, string? LastName, string? CompanyName, string Emails, string Phones, string? AddressLine1,
    string? PostalCode, string? DateOfBirthHash, string? LicenceHash, string ForeignIds, string? MergedIntoExternalId,
    bool Deleted, string DisplayName, DateTimeOffset? LastModifiedUtc)
{
    public string First { get; } = NameMatch.Normalise(FirstName);

    /// <summary>The surname, or the company name for a business record without a person's name.</summary>
    public string Last { get; } = NameMatch.Normalise(LastName ?? (FirstName is null ? CompanyName : null));

    public string[] EmailList { get; } = Split(Emails);

    public string[] PhoneList { get; } = Split(Phones);

    public string Street { get; } = NameMatch.Normalise(AddressLine1);

    public string Postal5 { get; } = PostalCode is { Length: >= 5 } p ? p[..5] : PostalCode ?? "";

    public string[] ForeignIdList { get; } = Split(ForeignIds);

    /// <summary>The record's own ids and those it names (see <see cref="MatchKeys.IdKeys"/>), computed when first asked.</summary>
    public IReadOnlySet<string> IdKeys => _idKeys ??= MatchKeys.IdKeys(this).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _idKeys;

    public static IQueryable<LinkRecord> From(IQueryable<IndexedCustomer> rows) => rows.Select(c => new LinkRecord(
        c.Id, c.PersonId, c.DealershipId, c.Vendor, c.ConnectionId, c.ExternalId, c.SourceRef, c.FirstName, c.LastName,
        c.CompanyName, c.Emails, c.Phones, c.AddressLine1, c.PostalCode, c.DateOfBirthHash, c.LicenceHash, c.ForeignIds,
        c.MergedIntoExternalId, c.Deleted, c.DisplayName, c.LastModifiedUtc));

    private static string[] Split(string values) => values.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
