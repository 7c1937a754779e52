using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

internal static class JsonStrings
{
    /// <summary>The node's number whatever CLR type the value was built from (int, long, double...); null if not a number.</summary>
    public static double? AsNumber(this JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            ? double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>The node's text when it is a JSON string; null for anything else.</summary>
    public static string? AsString(this JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
