namespace Portal.Features.Customers.Index;

/// <summary>A real person (or company) as the portal sees them: one or more vendor records linked together.</summary>
public sealed class Person
{
    public long Id { get; set; }

    /// <summary>The best name among the linked records. Setting it also sets <see cref="SortName"/>.</summary>
    public string DisplayName
    {
        get;
        set
        {
            field = value;
            SortName = SearchFolding.Fold(value);
        }
    } = "";

    /// <summary>
    /// <see cref="DisplayName"/> folded (lower case, no accents): the order of search results and the prefix index
    /// that answers one- and two-letter queries. Code that changes DisplayName without this setter (ExecuteUpdate)
    /// must set it too, with <see cref="SearchFolding.Fold"/>.
    /// </summary>
    public string SortName { get; set; } = "";

    /// <summary>The dealership of the person's records (people never span dealerships).</summary>
    public int DealershipId { get; set; }

    public DateTimeOffset? LastActivityUtc { get; set; }

    public int RecordCount { get; set; }

    public List<IndexedCustomer> Records { get; set; } = [];
}
