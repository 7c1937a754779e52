using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.TestSupport;

/// <summary>
/// Compares a payload with a vendor document's example "by shape": the same field names both ways, the same
/// nesting, the same JSON types, date strings where the example has a date, and enum values from the allowed
/// set. Values themselves are not compared. A null in the payload fits any type (the field is present but unset);
/// a null in the example says nothing about the type. An example object whose only key is "additionalProp1"
/// (how Swagger renders a free-form map) accepts any object; an empty example object ("Object" with no schema)
/// accepts any value.
/// </summary>
public static class JsonShape
{
    /// <summary>Every difference, as "path: problem"; empty when the payload has the example's shape.</summary>
    /// <param name="example">The document's example (its first array element stands for every element).</param>
    /// <param name="actual">What the emulator or vendor answered.</param>
    /// <param name="enumValues">The allowed values of an enum field, given its path and the example's value; null when the field is not an enum.</param>
    public static IReadOnlyList<string> Differences(JsonNode? example, JsonNode? actual, Func<string, string, IReadOnlyList<string>?>? enumValues = null)
    {
        var problems = new List<string>();
        Compare("$", example, actual, enumValues ?? ((_, _) => null), problems);
        return problems;
    }

    /// <summary>
    /// The example's fields that none of the payloads carried with a value (absent, null and [] do not count), as
    /// paths with "[]" for array elements; fields the example types only as "Object" ({}) are not expected.
    /// </summary>
    public static IReadOnlyList<string> Uncovered(JsonNode example, IEnumerable<JsonNode?> payloads)
    {
        var (wanted, seen) = (new HashSet<string>(), new HashSet<string>());
        Leaves("$", example, wanted);
        foreach (var payload in payloads)
        {
            Leaves("$", payload, seen);
        }
        return wanted.Where(p => !seen.Contains(p)).Order(StringComparer.Ordinal).ToList();
    }

    private static void Leaves(string path, JsonNode? node, HashSet<string> into)
    {
        switch (node)
        {
            case null or JsonObject { Count: 0 }:
                break;
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    Leaves($"{path}.{key}", value, into);
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Leaves($"{path}[]", item, into);
                }
                break;
            default:
                into.Add(path);
                break;
        }
    }

    private static void Compare(string path, JsonNode? example, JsonNode? actual, Func<string, string, IReadOnlyList<string>?> enums, List<string> problems)
    {
        if (example is null || actual is null)
        {
            return;
        }
        switch (example)
        {
            case JsonObject { Count: 0 }:
                break; // "{}" is how the document renders a field typed only as "Object" (Cova): any value fits
            case JsonObject e when e.Count == 1 && e.ContainsKey("additionalProp1"):
                Expect(actual is JsonObject, path, "expected an object (free-form map)", problems);
                break;
            case JsonObject e when actual is JsonObject a:
                foreach (var (key, value) in e)
                {
                    if (!a.ContainsKey(key))
                    {
                        problems.Add($"{path}.{key}: missing");
                        continue;
                    }
                    Compare($"{path}.{key}", value, a[key], enums, problems);
                }
                problems.AddRange(a.Where(p => !e.ContainsKey(p.Key)).Select(p => $"{path}.{p.Key}: not in the document"));
                break;
            case JsonArray e when actual is JsonArray a:
                for (var i = 0; i < a.Count && e.Count > 0; i++)
                {
                    Compare($"{path}[{i}]", e[0], a[i], enums, problems);
                }
                break;
            case JsonObject or JsonArray:
                problems.Add($"{path}: expected {(example is JsonObject ? "an object" : "an array")}, got {Kind(actual)}");
                break;
            default:
                CompareScalar(path, example, actual, enums, problems);
                break;
        }
    }

    private static void CompareScalar(string path, JsonNode example, JsonNode actual, Func<string, string, IReadOnlyList<string>?> enums, List<string> problems)
    {
        var (kind, actualKind) = (example.GetValueKind(), actual.GetValueKind());
        if (kind is JsonValueKind.True or JsonValueKind.False)
        {
            Expect(actualKind is JsonValueKind.True or JsonValueKind.False, path, $"expected a boolean, got {Kind(actual)}", problems);
            return;
        }
        if (kind != actualKind)
        {
            problems.Add($"{path}: expected {kind.ToString().ToLowerInvariant()}, got {Kind(actual)}");
            return;
        }
        if (kind != JsonValueKind.String)
        {
            return;
        }
        var (text, value) = (example.GetValue<string>(), actual.GetValue<string>());
        if (IsDate(text))
        {
            Expect(IsDate(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
                path, $"expected an ISO 8601 date, got '{value}'", problems);
        }
        else if (enums(path, text) is { } allowed)
        {
            Expect(allowed.Contains(value), path, $"'{value}' is not one of {string.Join(", ", allowed)}", problems);
        }
    }

    private static bool IsDate(string text) =>
        text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-' && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", out _);

    private static void Expect(bool ok, string path, string problem, List<string> problems)
    {
        if (!ok)
        {
            problems.Add($"{path}: {problem}");
        }
    }

    private static string Kind(JsonNode node) => node switch
    {
        JsonObject => "an object",
        JsonArray => "an array",
        _ => node.GetValueKind().ToString().ToLowerInvariant(),
    };
}
