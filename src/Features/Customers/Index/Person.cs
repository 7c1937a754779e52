namespace Portal.Features.Customers.Index;

/// <summary>A real person (or company) as the portal sees them: one or more vendor records linked together.</summary>
public sealed class Person
{
    public long Id { get; set; }

    /// <summary>The best name among the linked records.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The dealership of the person's records (people never span dealerships).</summary>
    public int DealershipId { get; set; }

    public DateTimeOffset? LastActivityUtc { get; set; }

    public int RecordCount { get; set; }

    public List<IndexedCustomer> Records { get; set; } = [];
}
