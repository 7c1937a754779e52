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
        var hint = WalcuScanHint.From(request.Filter, request.Search);
        var matches = store.Scan(collection, hint).Where(doc =>
            (request.Filter?.Matches(doc) ?? true) && (request.Search?.Matches(doc, collection) ?? true));
        if (request.Sort is { } sort && !(collection.KeptInUpdateOrder && sort.IsAscending("updated_at")))
        {
            var all = matches.Take(MaxSortable + 1).ToList();
            if (all.Count > MaxSortable)
            {
                throw WalcuApiError.BadRequest("sort_limit", $"More than {MaxSortable} records to sort: narrow q or search first.");
            }
            matches = all.Order(Comparer<JsonObject>.Create(sort.Compare));
        }
        var page = matches.Skip(request.Skip).Take(request.Limit + 1).ToList();
        var hasMore = page.Count > request.Limit;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }
        return (request.Project is { } project ? page.Select(project.Apply).ToList() : page, hasMore);
    }
}
