namespace Portal.Sandbox.Guardant;

/// <summary>A customer list request after validation (sortby, direction, offset, limit, type, archived).</summary>
internal sealed record GuardantListRequest(GuardantSortBy Sort, bool Descending, int Offset, int Limit, bool? Company, bool? Archived)
{
    public bool Matches(GuardantWireCustomer c) => (Company is null || c.IsCompany == Company) && (Archived is null || c.Archived == Archived);

    public bool Matches(byte flags) =>
        (Company is null || ((flags & GuardantCatalog.Company) != 0) == Company)
        && (Archived is null || ((flags & GuardantCatalog.ArchivedFlag) != 0) == Archived);
}

/// <summary>
/// One page of customers: the generated customers in their cached order, minus those the overlay changed or
/// deleted, merged with the overlay's live customers at the place their sort key puts them.
/// </summary>
internal static class GuardantListing
{
    public static IReadOnlyList<GuardantWireCustomer> Page(GuardantStore store, GuardantListRequest request)
    {
        var catalog = store.Catalog;
        var order = catalog.Order(request.Sort);
        var overlay = store.Overlay;
        var touched = new HashSet<int>();
        foreach (var (id, _) in overlay)
        {
            if (id <= int.MaxValue && catalog.PositionOf((int)id - 1) is var p && p >= 0)
            {
                touched.Add(p);
            }
        }
        var live = overlay.Select(kv => kv.Value).OfType<GuardantWireCustomer>().Where(request.Matches)
            .Order(Comparer<GuardantWireCustomer>.Create((a, b) => GuardantSortKey.Compare(request.Sort, a, b)))
            .Select(c => (Customer: c, At: InsertionPoint(store, order, request.Sort, c)))
            .ToList();

        var page = new List<GuardantWireCustomer>(Math.Min(request.Limit, 1000));
        var skip = request.Offset;
        foreach (var entry in Merged(order, live, request.Descending))
        {
            if (entry.Customer is null && (touched.Contains(entry.Position) || !request.Matches(catalog.Flags[entry.Position])))
            {
                continue;
            }
            if (skip > 0)
            {
                skip--;
                continue;
            }
            page.Add(entry.Customer ?? store.Generated(catalog.Indexes[entry.Position] + 1L)
                ?? throw new InvalidOperationException("A catalogued customer no longer renders."));
            if (page.Count == request.Limit)
            {
                break;
            }
        }
        return page;
    }

    /// <summary>The merged order: before slot i of the cached order come the live customers inserted at i.</summary>
    private static IEnumerable<(int Position, GuardantWireCustomer? Customer)> Merged(
        int[] order, List<(GuardantWireCustomer Customer, int At)> live, bool descending)
    {
        if (!descending)
        {
            var j = 0;
            for (var i = 0; i <= order.Length; i++)
            {
                for (; j < live.Count && live[j].At == i; j++)
                {
                    yield return (-1, live[j].Customer);
                }
                if (i < order.Length)
                {
                    yield return (order[i], null);
                }
            }
            yield break;
        }
        var k = live.Count - 1;
        for (var i = order.Length; i >= 0; i--)
        {
            if (i < order.Length)
            {
                yield return (order[i], null);
            }
            for (; k >= 0 && live[k].At == i; k--)
            {
                yield return (-1, live[k].Customer);
            }
        }
    }

    /// <summary>The first slot of the cached order whose customer sorts after <paramref name="c"/> (binary search).</summary>
    private static int InsertionPoint(GuardantStore store, int[] order, GuardantSortBy sort, GuardantWireCustomer c)
    {
        var catalog = store.Catalog;
        var (lo, hi) = (0, order.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var probe = GuardantGenerator.Customer(store.Population, catalog.Indexes[order[mid]])
                ?? throw new InvalidOperationException("A catalogued customer no longer renders.");
            if (GuardantSortKey.Compare(sort, probe, c) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
