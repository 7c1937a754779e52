using System.Text.Json.Nodes;

namespace Portal.Sandbox.Drivly;

/// <summary>The documents of one page and the total that matched.</summary>
internal sealed record DrivlyResult(IReadOnlyList<JsonObject> Docs, long TotalDocs);

/// <summary>
/// The general list: test each candidate row against the where, keep only its sort keys, sort, and render just the
/// page. Costs one pass over the candidates; the time-ordered customer feed has its own shortcut (DrivlyTimeOrder).
/// </summary>
internal static class DrivlyListing
{
    public static DrivlyResult Page(IEnumerable<IDrivlyRow> candidates, DrivlyListRequest request, Func<IDrivlyRow, JsonObject?> render)
    {
        var matches = new List<(IDrivlyRow Row, JsonNode?[] Keys)>();
        foreach (var row in candidates)
        {
            if (request.Where is null || request.Where.Matches(row))
            {
                // Keys are copied so the rendered document can be dropped right away.
                matches.Add((row, request.Sort.Select(s => row.Get(s.Path)?.DeepClone()).ToArray()));
            }
        }
        matches.Sort((a, b) => Compare(request.Sort, a, b));
        var docs = new List<JsonObject>();
        for (var i = request.Offset; i < matches.Count && docs.Count < request.Limit; i++)
        {
            if (render(matches[(int)i].Row) is { } doc)
            {
                docs.Add(doc);
            }
        }
        return new DrivlyResult(docs, matches.Count);
    }

    private static int Compare(IReadOnlyList<DrivlySort> sort, (IDrivlyRow Row, JsonNode?[] Keys) a, (IDrivlyRow Row, JsonNode?[] Keys) b)
    {
        for (var k = 0; k < sort.Count; k++)
        {
            var result = DrivlyOperators.SortCompare(a.Keys[k], b.Keys[k]);
            if (result != 0)
            {
                return sort[k].Descending ? -result : result;
            }
        }
        // Ties go by id, in the direction of the first key, so pages never overlap.
        var byId = a.Row.Id.CompareTo(b.Row.Id);
        return sort.Count > 0 && sort[0].Descending ? -byId : byId;
    }
}
