namespace Portal.Vendors.Model;

/// <summary>
/// One saved version of a customer in a vendor that keeps history (Drivly), with what changed since the version
/// before it: what the customer page's timeline shows.
/// </summary>
/// <param name="Customer">The customer this is a version of.</param>
/// <param name="VersionId">The vendor's id of this version.</param>
/// <param name="SavedUtc">When the version was saved.</param>
/// <param name="IsFirst">The oldest version known: its changes are the fields it was created with.</param>
public sealed record CustomerVersion(SourceRef Customer, string VersionId, DateTimeOffset? SavedUtc, bool IsFirst)
{
    /// <summary>The vendor's id of the user who saved it, when given.</summary>
    public string? SavedBy { get; init; }

    public IReadOnlyList<FieldChange> Changes { get; init; } = [];
}

/// <summary>
/// One field that changed between two versions, by the vendor's field name. For sensitive fields (SSN, licence,
/// date of birth, income, employer) only the fact of the change is kept: Before and After are null.
/// </summary>
public sealed record FieldChange(string Field, string? Before, string? After, bool Sensitive);
