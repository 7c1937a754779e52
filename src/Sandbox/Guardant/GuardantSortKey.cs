namespace Portal.Sandbox.Guardant;

/// <summary>The documented customer sorts: default (CompanyName, LastName, FirstName), name (LastName, FirstName), company.</summary>
internal enum GuardantSortBy { Default, Name, Company }

internal static class GuardantSortKey
{
    /// <summary>
    /// One ordinal-comparable text per sort: the fields upper-cased (so case is ignored) and joined by U+0000, which
    /// sorts below every character, so "Ann" still comes before "Anna" whatever follows.
    /// </summary>
    public static string Key(GuardantSortBy sort, string first, string last, string company) => sort switch
    {
        GuardantSortBy.Company => company.ToUpperInvariant(),
        GuardantSortBy.Name => string.Concat(last.ToUpperInvariant(), "\0", first.ToUpperInvariant()),
        _ => string.Concat(company.ToUpperInvariant(), "\0", last.ToUpperInvariant(), "\0", first.ToUpperInvariant()),
    };

    public static string Key(GuardantSortBy sort, GuardantWireCustomer c) => Key(sort, c.Name, c.LastName, c.CompanyName);

    /// <summary>Compares two customers by <paramref name="sort"/>; ties go by _id so pages never overlap.</summary>
    public static int Compare(GuardantSortBy sort, GuardantWireCustomer a, GuardantWireCustomer b)
    {
        var result = string.CompareOrdinal(Key(sort, a), Key(sort, b));
        return result != 0 ? result : a.Id.CompareTo(b.Id);
    }
}
