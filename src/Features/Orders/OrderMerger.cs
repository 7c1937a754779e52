using Portal.Features.Orders.Sources;
using Portal.Vendors;

namespace Portal.Features.Orders;

/// <summary>
/// Pages across several sorted sources: a k-way merge by the sort key with one cursor (offset) per source. Each
/// source is asked for one page from its own offset, all at once; the merge takes the smallest head each time (ties
/// go to the earlier source), so the page is the first <c>size</c> orders of the merged order and the next page
/// starts exactly after what was taken from each source: no gaps and no duplicates. A source that fails is reported
/// and left where it was; the others still list.
/// </summary>
public static class OrderMerger
{
    public static async Task<OrderPage> PageAsync(
        IReadOnlyList<IOrderSource> sources, OrderCursor cursor, int size, OrderSort sort, bool descending, CancellationToken ct)
    {
        var fetched = await Task.WhenAll(sources.Select(s => FetchAsync(s, cursor.OffsetOf(s.Key), size, ct)));
        var comparer = new OrderRowComparer(sort, descending);
        var taken = new int[sources.Count];
        var rows = new List<OrderRow>(size);
        while (rows.Count < size)
        {
            var best = -1;
            for (var i = 0; i < sources.Count; i++)
            {
                SkipUnreadable(fetched[i].Rows, ref taken[i]);
                if (taken[i] < fetched[i].Rows.Count && (best < 0 || comparer.Compare(fetched[i].Rows[taken[i]], fetched[best].Rows[taken[best]]) < 0))
                {
                    best = i;
                }
            }
            if (best < 0)
            {
                break;
            }
            rows.Add(fetched[best].Rows[taken[best]] ?? throw new InvalidOperationException("Unreadable entries are skipped."));
            taken[best]++;
        }
        var offsets = new Dictionary<string, int>(cursor.Offsets);
        var more = false;
        for (var i = 0; i < sources.Count; i++)
        {
            SkipUnreadable(fetched[i].Rows, ref taken[i]);
            offsets[sources[i].Key] = cursor.OffsetOf(sources[i].Key) + taken[i];
            more |= fetched[i].Problem is null && (taken[i] < fetched[i].Rows.Count || fetched[i].Rows.Count >= size);
        }
        var problems = fetched.Select((f, i) => f.Problem is { } p ? new OrderSourceProblem(sources[i].Key, sources[i].Label, p) : null)
            .OfType<OrderSourceProblem>().ToList();
        return new OrderPage(rows, more ? new OrderCursor(offsets) : null, problems);
    }

    private static void SkipUnreadable(IReadOnlyList<OrderRow?> rows, ref int taken)
    {
        while (taken < rows.Count && rows[taken] is null)
        {
            taken++;
        }
    }

    private static async Task<(IReadOnlyList<OrderRow?> Rows, string? Problem)> FetchAsync(IOrderSource source, int offset, int size, CancellationToken ct)
    {
        try
        {
            return (await source.FetchAsync(offset, size, ct), null);
        }
        catch (VendorApiException e)
        {
            return ([], OrderProblems.Describe(e));
        }
    }
}
