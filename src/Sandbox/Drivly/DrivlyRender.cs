using System.Text.Json.Nodes;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Drivly;

/// <summary>Documents as answered: relationships populated by depth, versions in the document's envelope.</summary>
internal static class DrivlyRender
{
    /// <summary>
    /// At depth 1 or more the customer's own address id becomes the address document. Every other relationship
    /// points into a collection we do not emulate and stays an id at any depth (as Payload leaves unreadable ones).
    /// </summary>
    public static JsonObject Populate(SandboxPopulation population, int index, JsonObject fields, int depth)
    {
        if (depth >= 1 && fields["address"] is JsonValue address && address.ToJsonString() == DrivlySandbox.RelatedId(DrivlyRelation.Address, index, 0).ToString(System.Globalization.CultureInfo.InvariantCulture)
            && DrivlyDocFactory.Address(population, index) is { } doc)
        {
            fields["address"] = doc;
        }
        return fields;
    }

    public static JsonObject? Customer(DrivlyStore store, int index, int depth) =>
        store.Current(index) is { } doc ? Populate(store.Population, index, doc, depth) : null;

    /// <summary>{ id, parent, version: {...}, createdAt, updatedAt } (id and parent are Payload's; the example omits them).</summary>
    public static JsonObject Version(DrivlyStore store, DrivlyVersionEntry entry, int depth) => new()
    {
        ["id"] = entry.Id,
        ["parent"] = SandboxIds.Number(entry.Index),
        ["version"] = Populate(store.Population, entry.Index, entry.Fields.DeepClone().AsObject(), depth),
        ["createdAt"] = DrivlySandbox.Iso(entry.SavedAt),
        ["updatedAt"] = DrivlySandbox.Iso(entry.SavedAt),
    };

    /// <summary>Payload's list envelope with every paging field of the document.</summary>
    public static JsonObject Page(DrivlyResult result, DrivlyListRequest request)
    {
        var totalPages = (int)Math.Max(1, (result.TotalDocs + request.Limit - 1) / request.Limit);
        var hasPrev = request.Page > 1;
        var hasNext = request.Page < totalPages;
        return new JsonObject
        {
            ["docs"] = new JsonArray(result.Docs.Select(d => (JsonNode?)d).ToArray()),
            ["totalDocs"] = result.TotalDocs,
            ["limit"] = request.Limit,
            ["totalPages"] = totalPages,
            ["page"] = request.Page,
            ["pagingCounter"] = request.Offset + 1,
            ["hasPrevPage"] = hasPrev,
            ["hasNextPage"] = hasNext,
            ["prevPage"] = hasPrev ? request.Page - 1 : null,
            ["nextPage"] = hasNext ? request.Page + 1 : null,
        };
    }
}
