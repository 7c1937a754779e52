using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Drivly;

/// <summary>
/// Reads Payload's <c>where</c> from a query string, in either form: qs bracket syntax
/// (<c>where[or][0][customerId][equals]=X</c>, what Payload's own clients send) or one JSON object
/// (<c>where={"or":[...]}</c>, the document's example). Bracket keys whose children are all numbers become arrays.
/// </summary>
internal static class DrivlyWhereParser
{
    private const string Prefix = "where";

    public static (JsonObject? Where, string? Error) Parse(IQueryCollection query)
    {
        if (query.TryGetValue(Prefix, out var json) && json.Count > 0 && !string.IsNullOrWhiteSpace(json[0]))
        {
            try
            {
                return JsonNode.Parse(json[0] ?? "") is JsonObject where ? (where, null) : (null, "where must be a JSON object.");
            }
            catch (JsonException)
            {
                return (null, "where is not valid JSON.");
            }
        }
        var root = new JsonObject();
        foreach (var (key, values) in query)
        {
            if (!key.StartsWith(Prefix + "[", StringComparison.Ordinal))
            {
                continue;
            }
            if (Tokens(key[Prefix.Length..]) is not { Count: >= 2 } tokens)
            {
                return (null, $"The query key '{key}' is not a valid where expression.");
            }
            Insert(root, tokens, values.Count == 1 ? JsonValue.Create(values[0]) : new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()));
        }
        return root.Count == 0 ? (null, null) : (Normalize(root) as JsonObject, null);
    }

    /// <summary>"[or][0][customerId][equals]" as its tokens; null when the brackets do not pair up.</summary>
    private static List<string>? Tokens(string brackets)
    {
        var tokens = new List<string>();
        var rest = brackets.AsSpan();
        while (rest.Length > 0)
        {
            var close = rest.IndexOf(']');
            if (rest[0] != '[' || close < 2)
            {
                return null;
            }
            tokens.Add(rest[1..close].ToString());
            rest = rest[(close + 1)..];
        }
        return tokens;
    }

    private static void Insert(JsonObject node, List<string> tokens, JsonNode? value)
    {
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (node[tokens[i]] is not JsonObject child)
            {
                child = new JsonObject();
                node[tokens[i]] = child;
            }
            node = child;
        }
        node[tokens[^1]] = value;
    }

    private static JsonNode? Normalize(JsonNode? node)
    {
        if (node is not JsonObject obj)
        {
            return node;
        }
        var children = obj.Select(p => (p.Key, Value: Normalize(p.Value?.DeepClone()))).ToList();
        if (children.Count > 0 && children.All(c => int.TryParse(c.Key, out _)))
        {
            return new JsonArray(children.OrderBy(c => int.Parse(c.Key, System.Globalization.CultureInfo.InvariantCulture)).Select(c => c.Value).ToArray());
        }
        var result = new JsonObject();
        foreach (var (key, value) in children)
        {
            result[key] = value;
        }
        return result;
    }
}
