namespace Portal.Vendors.Model;

public enum OrderStatus { Draft, Submitted, Revoked, Open, Closed, Other }

/// <summary>An order-like record (Guardant order, Walcu repair order or offer) in the portal's common shape.</summary>
public sealed record OrderRecord(SourceRef Source, string Kind)
{
    public string? Number { get; init; }
    public SourceRef? Customer { get; init; }
    public DateTimeOffset? DateUtc { get; init; }
    public DateTimeOffset? SubmittedUtc { get; init; }
    public OrderStatus Status { get; init; }
    public string? VendorStatus { get; init; }
    public string? Description { get; init; }
    public decimal? Quantity { get; init; }
    public decimal? Amount { get; init; }
    public bool Archived { get; init; }
    /// <summary>Vendor fields the common shape has no place for, by the vendor's own names, as text.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();
}
