namespace Portal.Vendors.Model;

/// <summary>
/// One vendor's customer record in the portal's common shape. Emails are lower-cased and trimmed, phones E.164.
/// Sensitive values (SSN, licence, date of birth, income, employer) are kept apart in <see cref="Sensitive"/>.
/// </summary>
public sealed record CustomerRecord(SourceRef Source)
{
    public string? FirstName { get; init; }
    public string? MiddleName { get; init; }
    public string? LastName { get; init; }
    public string? CompanyName { get; init; }
    public IReadOnlyList<string> Emails { get; init; } = [];
    public IReadOnlyList<string> Phones { get; init; } = [];
    public PostalAddress? Address { get; init; }
    public DateTimeOffset? CreatedUtc { get; init; }
    public DateTimeOffset? LastModifiedUtc { get; init; }
    /// <summary>The vendor's concurrency token (Cova Version, Walcu __v, Drivly updatedAt...), for conflict checks.</summary>
    public string? VersionToken { get; init; }
    public bool Disabled { get; init; }
    public bool DoNotContact { get; init; }
    /// <summary>Cova: the customer this record was merged into.</summary>
    public string? MergedIntoExternalId { get; init; }
    /// <summary>Ids of the same customer in other systems (Walcu foreign_ids, Guardant crmid/refid).</summary>
    public IReadOnlyList<string> ForeignIds { get; init; } = [];
    /// <summary>The record's own keys besides its id, which other systems may name it by (Drivly customerId, Cova
    /// UniqueIdentifier: Guardant's refid holds one of them).</summary>
    public IReadOnlyList<string> AlternateIds { get; init; } = [];
    public IReadOnlyList<VehicleRecord> Vehicles { get; init; } = [];
    public SensitiveCustomerData? Sensitive { get; init; }

    public string DisplayName => string.Join(' ', new[] { FirstName, LastName }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } n
        ? n
        : CompanyName ?? Source.ExternalId;
}

public sealed record PostalAddress(string? Line1, string? Line2, string? City, string? State, string? PostalCode, string? Country);

/// <summary>Values that are masked unless revealed (and the reveal audited). Never stored in the index in clear.</summary>
public sealed record SensitiveCustomerData
{
    public DateOnly? DateOfBirth { get; init; }
    public string? LicenceNumber { get; init; }
    public string? LicenceState { get; init; }
    public string? Ssn { get; init; }
    public decimal? Income { get; init; }
    public string? IncomeInterval { get; init; }
    public string? EmployerName { get; init; }
}

public sealed record VehicleRecord(string? Vin, int? Year, string? Make, string? Model, string? Trim, SourceRef? Source = null);
