using System.Globalization;
using System.Text.Json.Nodes;

namespace Portal.Vendors.Walcu;

/// <summary>
/// A Walcu <c>q</c> filter (a MongoDB-style JSON query) built from whitelisted <see cref="WalcuField"/>s and
/// serialised by System.Text.Json, so values are always JSON-escaped and can never become operators.
/// </summary>
public sealed class WalcuFilter
{
    private readonly IReadOnlyList<(string Field, JsonNode Condition)> _conditions;

    private WalcuFilter(IReadOnlyList<(string Field, JsonNode Condition)> conditions) => _conditions = conditions;

    public static WalcuFilter EqualTo(WalcuField field, string value) => One(field, JsonValue.Create(value));

    /// <summary>Matches when the field holds any of <paramref name="values"/>.</summary>
    public static WalcuFilter In(WalcuField field, IEnumerable<string> values) =>
        One(field, new JsonObject { ["$in"] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) });

    /// <summary>Matches times at or after <paramref name="value"/> (UTC, millisecond ISO 8601, as Walcu writes them).</summary>
    public static WalcuFilter AtOrAfter(WalcuField field, DateTimeOffset value) =>
        One(field, new JsonObject { ["$gte"] = IsoTime(value) });

    /// <summary>Matches times strictly before <paramref name="value"/> (the end of a half-open range).</summary>
    public static WalcuFilter Before(WalcuField field, DateTimeOffset value) =>
        One(field, new JsonObject { ["$lt"] = IsoTime(value) });

    public static WalcuFilter EqualTo(WalcuField field, bool value) => One(field, JsonValue.Create(value));

    /// <summary>Matches when the field is anything but <paramref name="value"/>, missing included ($ne).</summary>
    public static WalcuFilter NotEqualTo(WalcuField field, bool value) => One(field, new JsonObject { ["$ne"] = value });

    /// <summary>Both filters; the same field twice is combined with <c>$and</c>.</summary>
    public WalcuFilter And(WalcuFilter other) => new([.. _conditions, .. other._conditions]);

    public string ToJson()
    {
        var fields = _conditions.Select(c => c.Field).ToList();
        if (fields.Distinct(StringComparer.Ordinal).Count() == fields.Count)
        {
            var query = new JsonObject();
            foreach (var (field, condition) in _conditions)
            {
                query[field] = condition.DeepClone();
            }
            return query.ToJsonString();
        }
        var all = new JsonArray(_conditions.Select(c => (JsonNode?)new JsonObject { [c.Field] = c.Condition.DeepClone() }).ToArray());
        return new JsonObject { ["$and"] = all }.ToJsonString();
    }

    public override string ToString() => ToJson();

    /// <summary>UTC with milliseconds and a Z, the form Walcu stores; sub-millisecond ticks are dropped (so never later).</summary>
    public static string IsoTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static WalcuFilter One(WalcuField field, JsonNode? condition) =>
        new([(field.WireName(), condition ?? throw new ArgumentNullException(nameof(condition)))]);
}
