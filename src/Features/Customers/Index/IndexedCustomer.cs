using Portal.Vendors;

namespace Portal.Features.Customers.Index;

/// <summary>
/// One vendor customer record as the portal's index holds it (fed by sync and by live reads). Sensitive values
/// are never stored in clear: only keyed hashes of those used for matching (date of birth, licence number).
/// </summary>
public sealed class IndexedCustomer
{
    public long Id { get; set; }

    /// <summary>SourceRef text, e.g. "walcu:3:64f1...". Unique.</summary>
    public required string SourceRef { get; set; }

    public VendorKind Vendor { get; set; }

    public int ConnectionId { get; set; }

    public int DealershipId { get; set; }

    public required string ExternalId { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? CompanyName { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>Normalised emails separated by a space.</summary>
    public string Emails { get; set; } = "";

    /// <summary>E.164 phones separated by a space.</summary>
    public string Phones { get; set; } = "";

    /// <summary>VINs separated by a space.</summary>
    public string Vins { get; set; } = "";

    /// <summary>Ids naming this customer besides its own: its alternate keys (Drivly customerId, Cova
    /// UniqueIdentifier) and its ids in other systems, separated by a space.</summary>
    public string ForeignIds { get; set; } = "";

    /// <summary>
    /// Folded names, emails, phone digits, VINs and ids (see <see cref="CustomerSearchText"/>), set by the mapper;
    /// the full-text index (Search/CustomerSearchSql) follows it through triggers.
    /// </summary>
    public string SearchText { get; set; } = "";

    public string? AddressLine1 { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? PostalCode { get; set; }

    /// <summary>Keyed hash (HMAC) of the date of birth, for matching only.</summary>
    public string? DateOfBirthHash { get; set; }

    /// <summary>Keyed hash (HMAC) of the normalised licence number, for matching only.</summary>
    public string? LicenceHash { get; set; }

    public DateTimeOffset? LastModifiedUtc { get; set; }

    public string? VersionToken { get; set; }

    public bool Disabled { get; set; }

    public bool DoNotContact { get; set; }

    public string? MergedIntoExternalId { get; set; }

    /// <summary>The vendor no longer has this record (deleted, or merged away).</summary>
    public bool Deleted { get; set; }

    /// <summary>The record's non-sensitive fields as JSON, shown while a live read is pending or failed.</summary>
    public string SnapshotJson { get; set; } = "{}";

    /// <summary>A hash of every column the writer sets from the vendor's record: a batch row with the same hash is
    /// unchanged and not written again (see <see cref="CustomerIndexSql"/>).</summary>
    public string? ContentHash { get; set; }

    /// <summary>When the portal last wrote this row (from sync or a live read).</summary>
    public DateTimeOffset IndexedUtc { get; set; }

    /// <summary>The person this record belongs to (see <see cref="Person"/>).</summary>
    public long PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>How sure the link to the person is (0..1) and which rules matched (e.g. "email,phone").</summary>
    public double LinkScore { get; set; }

    public string LinkRules { get; set; } = "";

    public LinkStatus LinkStatus { get; set; }

    /// <summary>Set by the writer whenever the row's content changes; cleared once linking has looked at it. Kept in
    /// the row (not in memory) so that a crash between writing and linking cannot leave a record unlinked.</summary>
    public bool LinkPending { get; set; }
}

/// <summary>Auto: linked by strong evidence; Possible: weak evidence, shown as "possible match"; Confirmed/Split: a manager decided.</summary>
public enum LinkStatus { Single, Auto, Possible, Confirmed, Split }
