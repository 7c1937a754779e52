namespace Portal.Features.Customers.Linking;

/// <summary>
/// One blocking key of an indexed record (an email, a phone with the surname, a hash, an id it names...). Linking
/// compares a changed record only with the records sharing one of its keys in the same dealership, which keeps it
/// incremental and fast at a million records instead of comparing against the whole index.
/// </summary>
public sealed class CustomerMatchKey
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public int DealershipId { get; set; }

    /// <summary>Kind prefix and value, e.g. "e:ada@example.com" (see <see cref="MatchKeys"/>).</summary>
    public required string Key { get; set; }
}
