using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// Answers a list call: filter and search over the store's natural order, then sort, skip and limit, then project.
/// Sorting anything but clients by updated_at needs the matches in memory, so like MongoDB without an index it
/// refuses more than <see cref="MaxSortable"/> of them.
/// </summary>
internal static class WalcuListRunner
{
    public const int MaxSortable = 50_000;

    public static (IReadOnlyList<JsonObject> Page, bool HasMore) Run(WalcuStore store, WalcuCollection collection, WalcuListRequest request)
    {
        var sort = request.Sort;
        var newestFirst = collection.KeptInUpdateOrder && sort is not null && sort.IsDescending("updated_at");
        var inStoreOrder = sort is null || (collection.KeptInUpdateOrder && (sort.IsAscending("updated_at") || newestFirst));
        var entries = store.Scan(collection, WalcuScanHint.From(request.Filter, request.Search), newestFirst);
        if (request.Filter is not null || request.Search is not null)
        {
            entries = entries.Where(e => (request.Filter?.Matches(e.Doc) ?? true) && (request.Search?.Matches(e.Doc, collection) ?? true));
        }
        if (!inStoreOrder && sort is not null)
        {
            var all = entries.Take(MaxSortable + 1).ToList();
            if (all.Count > MaxSortable)
            {
                throw WalcuApiError.BadRequest("sort_limit", $"More than {MaxSortable} records to sort: narrow q or search first.");
            }
            entries = all.OrderBy(e => e.Doc, Comparer<JsonObject>.Create(sort.Compare));
        }
        var page = entries.Skip(request.Skip).Take(request.Limit + 1).Select(e => e.Doc).ToList();
        var hasMore = page.Count > request.Limit;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }
        return (request.Project is { } project ? page.Select(project.Apply).ToList() : page, hasMore);
    }
}
