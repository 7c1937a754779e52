using System.Text.Json.Nodes;

namespace Portal.Sandbox.Drivly;

/// <summary>
/// The shortcut for unfiltered lists in an order writes cannot disturb: customers by id or createdAt, versions by
/// their save time (patch versions come after every generated one). A page is a slice of a cached array.
/// </summary>
internal static class DrivlyStaticOrder
{
    public static DrivlyResult? TryCustomers(DrivlyStore store, DrivlyListRequest request, Func<int, JsonObject?> render)
    {
        if (request.Where is not null || request.Sort is not [{ Path: "id" or "createdAt" } sort])
        {
            return null;
        }
        var order = sort.Path == "id" ? store.Members : store.Catalog.CustomersByCreated;
        return Slice(order.Length, request, sort.Descending, k => render(order[k]));
    }

    public static DrivlyResult? TryVersions(DrivlyStore store, DrivlyListRequest request, Func<DrivlyVersionEntry, JsonObject> render)
    {
        if (request.Where is not null || request.Sort is not [{ Path: "updatedAt" or "createdAt" } sort])
        {
            return null;
        }
        var generated = store.Catalog.VersionsBySaved;
        var added = store.AddedVersions.OrderBy(v => v.SavedAt).ThenBy(v => v.Id).ToArray();
        return Slice(generated.Length + added.Length, request, sort.Descending, k => k < generated.Length
            ? render(Entry(store, generated[k]))
            : render(added[k - generated.Length]));
    }

    private static DrivlyVersionEntry Entry(DrivlyStore store, long id) =>
        store.Versions(DrivlyTimes.OfVersionId(id).Index).First(v => v.Id == id);

    private static DrivlyResult Slice(int total, DrivlyListRequest request, bool descending, Func<int, JsonObject?> render)
    {
        var docs = new List<JsonObject>();
        for (var k = request.Offset; k < total && docs.Count < request.Limit; k++)
        {
            if (render(descending ? total - 1 - (int)k : (int)k) is { } doc)
            {
                docs.Add(doc);
            }
        }
        return new DrivlyResult(docs, total);
    }
}
