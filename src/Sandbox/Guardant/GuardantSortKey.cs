namespace Portal.Sandbox.Guardant;

/// <summary>The documented customer sorts: default (CompanyName, LastName, FirstName), name (LastName, FirstName), company.</summary>
internal enum GuardantSortBy { Default, Name, Company }

internal static class GuardantSortKey
{
    /// <summary>Compares two customers by <paramref name="sort"/>, ignoring case; ties go by _id so pages never overlap.</summary>
    public static int Compare(GuardantSortBy sort, GuardantWireCustomer a, GuardantWireCustomer b)
    {
        var result = sort switch
        {
            GuardantSortBy.Company => Text(a.CompanyName, b.CompanyName),
            GuardantSortBy.Name => Then(Text(a.LastName, b.LastName), a.Name, b.Name),
            _ => Then(Then(Text(a.CompanyName, b.CompanyName), a.LastName, b.LastName), a.Name, b.Name),
        };
        return result != 0 ? result : a.Id.CompareTo(b.Id);
    }

    private static int Then(int previous, string a, string b) => previous != 0 ? previous : Text(a, b);

    private static int Text(string a, string b)
    {
        var result = string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
        return result != 0 ? result : string.CompareOrdinal(a, b);
    }
}
