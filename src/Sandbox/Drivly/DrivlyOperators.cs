using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Drivly;

/// <summary>
/// Payload's query operators on one field. Operands from a query string are text, so they are read as the field's
/// kind: numbers as numbers, ISO timestamps as instants, "true"/"false" as booleans. A has-many field matches when
/// any of its values does.
/// </summary>
internal static class DrivlyOperators
{
    private static readonly HashSet<string> Known =
    [
        "equals", "not_equals", "greater_than", "greater_than_equal", "less_than", "less_than_equal",
        "in", "not_in", "all", "like", "contains", "exists",
    ];

    public static bool IsKnown(string op) => Known.Contains(op);

    public static bool Test(string op, JsonNode? field, JsonNode? operand) => op switch
    {
        "equals" => Any(field, v => Compare(v, operand) == 0),
        "not_equals" => !Any(field, v => Compare(v, operand) == 0),
        "greater_than" => Any(field, v => Compare(v, operand) > 0),
        "greater_than_equal" => Any(field, v => Compare(v, operand) >= 0),
        "less_than" => Any(field, v => Compare(v, operand) is < 0 and > int.MinValue),
        "less_than_equal" => Any(field, v => Compare(v, operand) is <= 0 and > int.MinValue),
        "in" => Any(field, v => List(operand).Any(o => Compare(v, o) == 0)),
        "not_in" => !Any(field, v => List(operand).Any(o => Compare(v, o) == 0)),
        "all" => List(operand).All(o => Any(field, v => Compare(v, o) == 0)),
        "like" => Text(field) is { } text && (Text(operand) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(word => text.Contains(word, StringComparison.OrdinalIgnoreCase)),
        "contains" => Text(field) is { } t && t.Contains(Text(operand) ?? "", StringComparison.OrdinalIgnoreCase),
        "exists" => (field is not null and not JsonArray { Count: 0 }) == (Text(operand) is not ("false" or "0")),
        _ => false,
    };

    /// <summary>Orders two values by the field's kind; int.MinValue when they cannot be compared (e.g. a null field).</summary>
    public static int Compare(JsonNode? value, JsonNode? operand)
    {
        if (value is null || operand is null)
        {
            return value is null && operand is null ? 0 : int.MinValue;
        }
        var text = Text(operand) ?? "";
        switch (value.GetValueKind())
        {
            case JsonValueKind.Number:
                // Read through the JSON text: a node built from a long will not hand out a decimal.
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                    ? decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture).CompareTo(n)
                    : int.MinValue;
            case JsonValueKind.True or JsonValueKind.False:
                return bool.TryParse(text, out var b) ? value.GetValue<bool>().CompareTo(b) : int.MinValue;
            case JsonValueKind.String:
                var s = value.GetValue<string>();
                if (DrivlySandbox.ParseTime(s) is { } at && s.Length >= 20 && DrivlySandbox.ParseTime(text) is { } other)
                {
                    return at.CompareTo(other);
                }
                return Math.Sign(string.CompareOrdinal(s, text));
            default:
                return int.MinValue;
        }
    }

    /// <summary>
    /// Sort order of two field values: nulls first, numbers by value, text ordinally (the emulator writes every
    /// timestamp in one format, so text order is time order without parsing), anything else by its JSON.
    /// </summary>
    public static int SortCompare(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null)
        {
            return (a is null).CompareTo(b is null) * -1;
        }
        if (a is JsonValue x && b is JsonValue y && x.TryGetValue<string>(out var s) && y.TryGetValue<string>(out var t))
        {
            return Math.Sign(string.CompareOrdinal(s, t));
        }
        var result = a is JsonArray || b is JsonArray ? int.MinValue : Compare(a, b);
        return result == int.MinValue ? string.CompareOrdinal(a.ToJsonString(), b.ToJsonString()) : result;
    }

    private static bool Any(JsonNode? field, Func<JsonNode?, bool> test) =>
        field is JsonArray values ? values.Any(test) : test(field);

    private static IEnumerable<JsonNode?> List(JsonNode? operand) =>
        operand is JsonArray items ? items : (Text(operand) ?? "").Split(',').Select(s => (JsonNode?)JsonValue.Create(s.Trim()));

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
