using System.Globalization;

namespace Portal.Vendors.Drivly;

/// <summary>
/// Keyset paging for the updatedAt delta feed: after each page the next query starts at the last updatedAt seen,
/// skipping the customers already returned at exactly that time. Page numbers only advance when a whole page shares
/// one updatedAt (otherwise the cursor could not move).
/// </summary>
internal sealed class DrivlyChangeCursor(DateTimeOffset since)
{
    private readonly HashSet<string> _seenAtSince = new(StringComparer.Ordinal);

    public DateTimeOffset Since { get; private set; } = since;

    public int Page { get; private set; } = 1;

    public bool IsNew(DrivlyCustomer customer) => customer.Id is null || !_seenAtSince.Contains(customer.Id);

    /// <summary>Moves past <paramref name="items"/>; false when the answer gives nothing to move on with.</summary>
    public bool Advance(IReadOnlyList<DrivlyCustomer> items)
    {
        if (items.Count == 0 || UpdatedAt(items[^1]) is not { } last)
        {
            return false;
        }
        if (last > Since)
        {
            Since = last;
            Page = 1;
            _seenAtSince.Clear();
        }
        else
        {
            Page++;
        }
        foreach (var c in items.Where(c => c.Id is not null && UpdatedAt(c) == last))
        {
            _seenAtSince.Add(c.Id ?? "");
        }
        return true;
    }

    public static DateTimeOffset? UpdatedAt(DrivlyCustomer customer) =>
        DateTimeOffset.TryParse(customer.UpdatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
