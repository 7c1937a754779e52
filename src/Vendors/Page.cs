using System.Runtime.CompilerServices;

namespace Portal.Vendors;

/// <summary>One page of a vendor list call.</summary>
/// <param name="Items">The records of this page.</param>
/// <param name="TotalCount">The vendor's total when it reports one.</param>
/// <param name="Next">How to ask for the next page (a page number, offset or cursor); null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, long? TotalCount, string? Next)
{
    public bool HasMore => Next is not null;

    public static Page<T> Empty { get; } = new([], 0, null);
}

public static class Paging
{
    /// <summary>Walks every page of a list call, starting from <paramref name="first"/> (null = the first page).</summary>
    public static async IAsyncEnumerable<T> AllAsync<T>(
        Func<string?, CancellationToken, Task<Page<T>>> fetch,
        string? first = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var next = first;
        do
        {
            var page = await fetch(next, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }
            if (page.Next == next)
            {
                yield break; // a vendor repeating the same page would loop forever
            }
            next = page.Next;
        }
        while (next is not null);
    }
}
