using System.Globalization;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>RFC 6901 JSON Pointers over System.Text.Json nodes ("" is the whole document, "/a/0/b~1c").</summary>
internal static class JsonPointer
{
    public static IReadOnlyList<string> Parse(string pointer)
    {
        if (pointer.Length == 0)
        {
            return [];
        }
        if (pointer[0] != '/')
        {
            throw WalcuApiError.BadRequest("invalid_patch", $"'{pointer}' is not a JSON Pointer (it must start with '/').");
        }
        return pointer[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The node at the pointer, or null when any segment is missing.</summary>
    public static JsonNode? Find(JsonNode root, IReadOnlyList<string> segments, out bool found)
    {
        var node = root;
        found = true;
        for (var n = 0; n < segments.Count; n++)
        {
            var segment = segments[n];
            switch (node)
            {
                case JsonObject o when o.TryGetPropertyValue(segment, out var child):
                    node = child;
                    break;
                case JsonArray a when Index(segment, a.Count - 1) is { } i:
                    node = a[i];
                    break;
                default:
                    found = false;
                    return null;
            }
            if (node is null && n < segments.Count - 1)
            {
                found = false;
                return null;
            }
        }
        return node;
    }

    /// <summary>An array index no larger than <paramref name="max"/> ("-" means <paramref name="max"/> + 1 when allowed by the caller).</summary>
    public static int? Index(string segment, int max) =>
        segment.Length > 0 && (segment == "0" || segment[0] != '0')
        && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i <= max ? i : null;
}
