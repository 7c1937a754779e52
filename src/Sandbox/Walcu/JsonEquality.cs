using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>Value equality and ordering of JSON values the way MongoDB compares them: 3 equals 3.0, and ISO
/// date strings compare as instants whatever their offset or precision.</summary>
internal static class JsonEquality
{
    public static bool Same(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonValue x, JsonValue y) => Compare(x, y) == 0,
        (JsonObject x, JsonObject y) => x.Count == y.Count && x.All(p => y.TryGetPropertyValue(p.Key, out var v) && Same(p.Value, v)),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second)),
        _ => false,
    };

    /// <summary>Orders two scalars: numbers by value, dates by instant, strings ordinally; null when not comparable.</summary>
    public static int? Compare(JsonNode? a, JsonNode? b)
    {
        if (a is not JsonValue x || b is not JsonValue y)
        {
            return a is null && b is null ? 0 : null;
        }
        var (kx, ky) = (x.GetValueKind(), y.GetValueKind());
        if (kx == JsonValueKind.Number && ky == JsonValueKind.Number)
        {
            return (x.AsNumber() ?? 0).CompareTo(y.AsNumber() ?? 0);
        }
        if (kx == JsonValueKind.String && ky == JsonValueKind.String)
        {
            var (sx, sy) = (x.GetValue<string>(), y.GetValue<string>());
            return AsInstant(sx) is { } tx && AsInstant(sy) is { } ty ? tx.CompareTo(ty) : string.CompareOrdinal(sx, sy);
        }
        if (kx is JsonValueKind.True or JsonValueKind.False && ky is JsonValueKind.True or JsonValueKind.False)
        {
            return (kx == JsonValueKind.True).CompareTo(ky == JsonValueKind.True);
        }
        return null;
    }

    /// <summary>Only full ISO dates ("2026-01-02", "2026-01-02T03:04:05.678Z") count as instants.</summary>
    public static DateTimeOffset? AsInstant(string text) =>
        text.Length >= 10 && text[4] == '-' && text[7] == '-' && char.IsAsciiDigit(text[0])
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}
