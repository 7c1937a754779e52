using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Profile;

/// <summary>The person the page shows, with the dealership's name and whether the user may reveal and edit.</summary>
public sealed record CustomerProfile(PersonView Person, string DealershipName, bool CanReveal)
{
    public IReadOnlyList<PersonRecord> Records => Person.Records;
}

/// <summary>One sensitive value as the page may show it: masked unless revealed.</summary>
public sealed record SensitiveItem(string Label, string? Value);

/// <summary>
/// A live read of one source: the record as the vendor holds it now (sensitive values already masked), or why
/// there is none (a reason naming the vendor and what went wrong).
/// </summary>
public sealed record LiveRead(SourceRef Source, DateTimeOffset ReadUtc)
{
    public CustomerRecord? Record { get; init; }

    public IReadOnlyList<SensitiveItem> Sensitive { get; init; } = [];

    public string? Problem { get; init; }

    /// <summary>Data requests read with the record (myKaarma vault items).</summary>
    public IReadOnlyList<DataRequestItem> DataRequests { get; init; } = [];

    /// <summary>True when the vendor has no call that reads one customer (the index copy is all there is).</summary>
    public bool NotReadable { get; init; }

    public bool Succeeded => Problem is null && Record is not null;
}

/// <summary>Failure texts for the page: which vendor and why (<see cref="VendorFailureReasons"/>), without PII.</summary>
public static class VendorProblems
{
    public static string Describe(VendorApiException e) => VendorFailureReasons.Named(e);
}
