using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// One collection's record shape as the document gives it (its example value, kept in Schemas/{collection}.json):
/// completes stored documents so every documented field is present (null, or [] for lists), and checks written
/// values. An object whose only example key is "additionalProp1" is free-form.
/// </summary>
internal sealed class WalcuSchema
{
    private const string DateExample = "2025-08-08";
    private static readonly ConcurrentDictionary<string, WalcuSchema> Loaded = new(StringComparer.Ordinal);
    private readonly JsonObject _root;

    private WalcuSchema(string collection, JsonObject root) => (Collection, _root) = (collection, root);

    public string Collection { get; }

    public static WalcuSchema For(string collection) => Loaded.GetOrAdd(collection, static c =>
    {
        var assembly = typeof(WalcuSchema).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".Walcu.Schemas.{c}.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}.");
        return new WalcuSchema(c, JsonNode.Parse(stream) as JsonObject ?? throw new InvalidOperationException($"{name} is not an object."));
    });

    /// <summary>A copy of <paramref name="doc"/> with exactly the documented fields, in the document's order.</summary>
    public JsonObject Complete(JsonObject doc) => CompleteObject(_root, doc);

    /// <summary>The documented shape at a JSON Pointer's segments, or null when the path is not documented.</summary>
    public JsonNode? ShapeAt(IReadOnlyList<string> segments, out bool documented)
    {
        JsonNode? shape = _root;
        foreach (var segment in segments)
        {
            switch (shape)
            {
                case JsonObject o when IsFreeForm(o):
                    documented = true;
                    return null;
                case JsonObject o when o.TryGetPropertyValue(segment, out var child):
                    shape = child;
                    break;
                case JsonArray a when segment == "-" || int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _):
                    shape = a.Count > 0 ? a[0] : null;
                    break;
                default:
                    documented = false;
                    return null;
            }
        }
        documented = true;
        return shape;
    }

    /// <summary>Why <paramref name="value"/> does not fit <paramref name="shape"/> (null when it fits). Null values always fit.</summary>
    public static string? Mismatch(JsonNode? shape, JsonNode? value, string path)
    {
        if (value is null || shape is null)
        {
            return null;
        }
        return shape switch
        {
            JsonObject o when IsFreeForm(o) => value is JsonObject ? null : $"{path} must be an object.",
            JsonObject o => value is JsonObject v
                ? v.Select(p => o.TryGetPropertyValue(p.Key, out var s)
                    ? Mismatch(s, p.Value, $"{path}/{p.Key}")
                    : $"{path}/{p.Key} is not a documented field.").FirstOrDefault(m => m is not null)
                : $"{path} must be an object.",
            JsonArray a => value is JsonArray items
                ? items.Select((item, i) => Mismatch(a.Count > 0 ? a[0] : null, item, $"{path}/{i}")).FirstOrDefault(m => m is not null)
                : $"{path} must be an array.",
            _ => ScalarMismatch(shape.GetValueKind(), shape.GetValueKind() == JsonValueKind.String ? shape.GetValue<string>() : null, value, path),
        };
    }

    private static string? ScalarMismatch(JsonValueKind kind, string? example, JsonNode value, string path)
    {
        var actual = value.GetValueKind();
        return kind switch
        {
            JsonValueKind.String when actual != JsonValueKind.String => $"{path} must be a string.",
            JsonValueKind.String when example == DateExample && !DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
                => $"{path} must be an ISO 8601 date.",
            JsonValueKind.String when example is not null && WalcuEnums.Of(example) is { } allowed && !allowed.Contains(value.GetValue<string>())
                => $"{path} must be one of {string.Join(", ", allowed)}.",
            JsonValueKind.Number when actual != JsonValueKind.Number => $"{path} must be a number.",
            JsonValueKind.True or JsonValueKind.False when actual is not (JsonValueKind.True or JsonValueKind.False) => $"{path} must be true or false.",
            _ => null,
        };
    }

    private static JsonObject CompleteObject(JsonObject shape, JsonObject doc)
    {
        if (IsFreeForm(shape))
        {
            return (JsonObject)doc.DeepClone();
        }
        var result = new JsonObject();
        foreach (var (key, fieldShape) in shape)
        {
            result[key] = CompleteValue(fieldShape, doc[key]);
        }
        return result;
    }

    private static JsonNode? CompleteValue(JsonNode? shape, JsonNode? value) => (shape, value) switch
    {
        (JsonArray, null) => new JsonArray(),
        (JsonArray { Count: > 0 } a, JsonArray items) when a[0] is JsonObject element =>
            new JsonArray(items.Select(i => i is JsonObject o ? (JsonNode)CompleteObject(element, o) : i?.DeepClone()).ToArray()),
        (JsonObject o, JsonObject v) => CompleteObject(o, v),
        _ => value?.DeepClone(),
    };

    private static bool IsFreeForm(JsonObject shape) => shape.Count == 1 && shape.ContainsKey("additionalProp1");
}
