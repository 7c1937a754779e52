namespace Portal.Features.Customers.Linking;

/// <summary>Together: a manager confirmed that two records are the same person; Apart: a manager split them.</summary>
public enum LinkDecisionKind { Together, Apart }

/// <summary>
/// A manager's decision about two vendor records, kept by SourceRef (stable across syncs) so that linking never
/// undoes it: Apart pairs are never joined again, Together pairs stay joined whatever the evidence says.
/// </summary>
public sealed class LinkDecision
{
    public long Id { get; set; }

    public int DealershipId { get; set; }

    /// <summary>The smaller SourceRef of the pair (ordinal order), so each pair has one row.</summary>
    public required string SourceRefA { get; set; }

    public required string SourceRefB { get; set; }

    public LinkDecisionKind Kind { get; set; }

    public required string DecidedByUserId { get; set; }

    public DateTimeOffset DecidedUtc { get; set; }

    /// <summary>Orders a pair the way it is stored.</summary>
    public static (string A, string B) Pair(string x, string y) => string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x);
}
