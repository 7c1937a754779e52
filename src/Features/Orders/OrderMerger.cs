using Portal.Features.Orders.Sources;
using Portal.Vendors;

namespace Portal.Features.Orders;

/// <summary>
/// Pages across several sorted sources: a k-way merge by the sort key with one cursor (offset) per source. Each
/// source is asked for one page from its own offset, all at once (again only if its batch runs out first); the merge
/// takes the smallest head each time (ties go to the earlier source), so the page is the first <c>size</c> orders of
/// the merged order and the next page starts exactly after what was taken from each source: no gaps and no
/// duplicates. A source that fails is reported and left where it was; the others still list.
/// </summary>
public static class OrderMerger
{
    public static async Task<OrderPage> PageAsync(
        IReadOnlyList<IOrderSource> sources, OrderCursor cursor, int size, OrderSort sort, bool descending, CancellationToken ct)
    {
        var heads = sources.Select(s => new Head(s, cursor.OffsetOf(s.Key), size)).ToList();
        await Task.WhenAll(heads.Select(h => h.FillAsync(ct)));
        var comparer = new OrderRowComparer(sort, descending);
        var rows = new List<OrderRow>(size);
        while (rows.Count < size)
        {
            Head? best = null;
            foreach (var head in heads)
            {
                if (await head.PeekAsync(ct) is { } row && (best is null || comparer.Compare(row, best.Current) < 0))
                {
                    best = head;
                }
            }
            if (best is null)
            {
                break;
            }
            rows.Add(best.Take());
        }
        var more = false;
        foreach (var head in heads)
        {
            more |= head.MayHaveMore;
        }
        var offsets = new Dictionary<string, int>(cursor.Offsets);
        foreach (var head in heads)
        {
            offsets[head.Source.Key] = head.Offset;
        }
        var problems = heads.Where(h => h.Problem is not null).Select(h => new OrderSourceProblem(h.Source.Key, h.Source.Label, h.Problem ?? "")).ToList();
        return new OrderPage(rows, more ? new OrderCursor(offsets) : null, problems);
    }

    /// <summary>One source's fetched batch and how far into the source the merge has taken.</summary>
    private sealed class Head(IOrderSource source, int offset, int batch)
    {
        private IReadOnlyList<OrderRow?> _rows = [];
        private int _at;
        private bool _ended;

        public IOrderSource Source => source;

        /// <summary>The position in the source after everything taken (and every unreadable entry passed).</summary>
        public int Offset { get; private set; } = offset;

        public string? Problem { get; private set; }

        public OrderRow Current => _rows[_at] ?? throw new InvalidOperationException("Peek first.");

        public bool MayHaveMore => Problem is null && (_at < _rows.Count || !_ended);

        public async Task FillAsync(CancellationToken ct)
        {
            try
            {
                _rows = await source.FetchAsync(Offset, batch, ct);
                _at = 0;
                _ended = _rows.Count < batch;
            }
            catch (VendorApiException e)
            {
                (_rows, _at, _ended, Problem) = ([], 0, true, OrderProblems.Describe(e));
            }
        }

        /// <summary>The next readable order, fetching the next batch when this one is used up; null at the end.</summary>
        public async Task<OrderRow?> PeekAsync(CancellationToken ct)
        {
            while (true)
            {
                for (; _at < _rows.Count; _at++, Offset++)
                {
                    if (_rows[_at] is { } row)
                    {
                        return row;
                    }
                }
                if (_ended)
                {
                    return null;
                }
                await FillAsync(ct);
            }
        }

        public OrderRow Take()
        {
            var row = Current;
            _at++;
            Offset++;
            return row;
        }
    }
}
