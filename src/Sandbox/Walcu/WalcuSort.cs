using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// Walcu's <c>sort</c>: field paths separated by spaces or commas, each "-"-prefixed for descending
/// ("-updated_at last_name"), or a Mongo sort object ({"updated_at":-1}). Ties keep the collection's natural order.
/// </summary>
internal sealed record WalcuSort(IReadOnlyList<(string Path, bool Descending)> Keys)
{
    public static WalcuSort? Parse(string? sort)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return null;
        }
        var keys = WalcuPaths.FieldList(sort, v => v.AsNumber() < 0);
        if (keys.Count == 0 || keys.Any(k => !WalcuPaths.IsValid(k.Path)))
        {
            throw WalcuApiError.BadRequest("invalid_sort", $"sort '{sort}' is not a list of field paths.");
        }
        return new WalcuSort(keys);
    }

    /// <summary>True when this sort is just ascending <paramref name="path"/> (the order the store already keeps).</summary>
    public bool IsAscending(string path) => Keys is [(var p, false)] && p == path;

    /// <summary>True when this sort is just descending <paramref name="path"/>.</summary>
    public bool IsDescending(string path) => Keys is [(var p, true)] && p == path;

    public int Compare(JsonObject a, JsonObject b)
    {
        foreach (var (path, descending) in Keys)
        {
            var order = CompareValues(WalcuPaths.First(a, path), WalcuPaths.First(b, path));
            if (order != 0)
            {
                return descending ? -order : order;
            }
        }
        return 0;
    }

    // MongoDB's order across types: null, numbers, strings, objects, arrays, booleans.
    private static int CompareValues(JsonNode? a, JsonNode? b) =>
        JsonEquality.Compare(a, b) ?? Rank(a).CompareTo(Rank(b));

    private static int Rank(JsonNode? node) => node switch
    {
        null => 0,
        JsonObject => 3,
        JsonArray => 4,
        _ => node.GetValueKind() switch
        {
            JsonValueKind.Number => 1,
            JsonValueKind.String => 2,
            JsonValueKind.True or JsonValueKind.False => 5,
            _ => 0,
        },
    };
}
