using Portal.Vendors.Model;

namespace Portal.Features.Customers.Profile.Related;

/// <summary>A vehicle row: what the source says, with the year and make decoded from the VIN where it says nothing.</summary>
public sealed record VehicleRow(SourceRef? Source, string Origin, string? Vin, int? Year, string? Make, string? Model, string? Trim, bool Decoded);

/// <summary>A Walcu lead (sale or after-sale) of the customer.</summary>
public sealed record LeadRow(SourceRef Source, string Kind, string? Status, string? Type, DateTimeOffset? CreatedUtc, string? Origin);

/// <summary>One related list's rows, or why it could not be read.</summary>
public sealed record RelatedList<T>(IReadOnlyList<T> Rows, IReadOnlyList<string> Problems)
{
    public static RelatedList<T> Empty { get; } = new([], []);
}

/// <summary>One of the portal's own audit entries about this customer.</summary>
public sealed record CustomerAuditRow(long Sequence, DateTime TimestampUtc, string Actor, string Action, string Outcome, string? Reason, string Changes);
