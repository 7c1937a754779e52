using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>MongoDB dotted paths ("owner_history.client_id") over a JSON document.</summary>
internal static class WalcuPaths
{
    /// <summary>
    /// Every value the path reaches: arrays met on the way fan out to their elements, and an array at the end counts
    /// both as itself and as each of its elements (so {"foreign_ids":"x"} matches ["x","y"]). Empty when absent.
    /// </summary>
    public static IReadOnlyList<JsonNode?> Values(JsonObject doc, string path)
    {
        var current = new List<JsonNode?> { doc };
        foreach (var segment in path.Split('.'))
        {
            var next = new List<JsonNode?>();
            foreach (var node in current)
            {
                Step(node, segment, next);
            }
            current = next;
        }
        var result = new List<JsonNode?>(current);
        foreach (var node in current)
        {
            if (node is JsonArray array)
            {
                result.AddRange(array);
            }
        }
        return result;
    }

    /// <summary>The first value at the path (for sorting), or null.</summary>
    public static JsonNode? First(JsonObject doc, string path) =>
        Values(doc, path) is { Count: > 0 } values ? values[0] is JsonArray { Count: > 0 } a ? a[0] : values[0] : null;

    /// <summary>
    /// Mongo-style field lists as Walcu takes them in sort and project: "a -b.c" / "a,-b" (a leading "-" marks the
    /// field), or a JSON object {"a":1,"b":-1} whose values <paramref name="marked"/> reads. Empty when unreadable.
    /// </summary>
    public static List<(string Path, bool Marked)> FieldList(string text, Func<JsonNode?, bool> marked)
    {
        if (!text.TrimStart().StartsWith('{'))
        {
            return text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
                .Select(f => (f.TrimStart('-', '+'), f.StartsWith('-')))
                .ToList();
        }
        try
        {
            return (JsonNode.Parse(text) as JsonObject ?? []).Select(p => (p.Key, marked(p.Value))).ToList();
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    public static bool IsValid(string path) =>
        path.Length is > 0 and <= 200 && path.Split('.').All(s => s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'));

    private static void Step(JsonNode? node, string segment, List<JsonNode?> into)
    {
        switch (node)
        {
            case JsonObject o when o.TryGetPropertyValue(segment, out var child):
                into.Add(child);
                break;
            case JsonArray a when int.TryParse(segment, out var i) && i >= 0 && i < a.Count:
                into.Add(a[i]);
                break;
            case JsonArray a:
                foreach (var element in a)
                {
                    Step(element, segment, into);
                }
                break;
        }
    }
}
