using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// Walcu's <c>q</c>: a MongoDB query document. Supported: field equality (dotted paths reach into arrays, an array
/// field matches when any element does), $eq $ne $gt $gte $lt $lte $in $nin $exists $regex/$options, and
/// $and $or $nor. Anything else is a 400, as a Mongo-backed API would refuse an unknown operator.
/// </summary>
internal sealed class WalcuFilter(JsonObject query)
{
    private static readonly TimeSpan RegexBudget = TimeSpan.FromMilliseconds(100);

    public JsonObject Query { get; } = query;

    public static WalcuFilter? Parse(string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return null;
        }
        try
        {
            var query = JsonNode.Parse(q) as JsonObject ?? throw Invalid("q must be a JSON object.");
            Validate(query);
            return new WalcuFilter(query);
        }
        catch (JsonException ex)
        {
            throw Invalid($"q is not valid JSON: {ex.Message}");
        }
    }

    public bool Matches(JsonObject doc) => MatchesAll(Query, doc);

    // Checked up front so a bad query is a 400 even when no record reaches the faulty clause.
    private static void Validate(JsonObject query)
    {
        foreach (var clause in query)
        {
            if (clause.Key is "$and" or "$or" or "$nor")
            {
                foreach (var inner in Clauses(clause))
                {
                    Validate(inner);
                }
            }
            else if (clause.Key.StartsWith('$'))
            {
                throw Invalid($"Unknown top-level operator {clause.Key}.");
            }
            else if (clause.Value is JsonObject ops && ops.Count > 0 && ops.First().Key.StartsWith('$'))
            {
                foreach (var op in ops)
                {
                    _ = op.Key switch
                    {
                        "$eq" or "$ne" or "$gt" or "$gte" or "$lt" or "$lte" or "$exists" or "$options" => true,
                        "$in" or "$nin" => List(op) is not null,
                        "$regex" => Pattern(op.Value, ops["$options"]) is not null,
                        _ => throw Invalid($"Unknown operator {op.Key}."),
                    };
                }
            }
        }
    }

    private static bool MatchesAll(JsonObject query, JsonObject doc) => query.All(clause => clause.Key switch
    {
        "$and" => Clauses(clause).All(c => MatchesAll(c, doc)),
        "$or" => Clauses(clause).Any(c => MatchesAll(c, doc)),
        "$nor" => !Clauses(clause).Any(c => MatchesAll(c, doc)),
        ['$', ..] => throw Invalid($"Unknown top-level operator {clause.Key}."),
        _ => MatchesField(WalcuPaths.Values(doc, clause.Key), clause.Value),
    });

    private static bool MatchesField(IReadOnlyList<JsonNode?> values, JsonNode? condition)
    {
        if (condition is not JsonObject ops || ops.Count == 0 || !ops.First().Key.StartsWith('$'))
        {
            return Equal(values, condition);
        }
        return ops.All(op => op.Key switch
        {
            "$eq" => Equal(values, op.Value),
            "$ne" => !Equal(values, op.Value),
            "$gt" => values.Any(v => JsonEquality.Compare(v, op.Value) > 0),
            "$gte" => values.Any(v => JsonEquality.Compare(v, op.Value) >= 0),
            "$lt" => values.Any(v => JsonEquality.Compare(v, op.Value) < 0),
            "$lte" => values.Any(v => JsonEquality.Compare(v, op.Value) <= 0),
            "$in" => List(op).Any(item => Equal(values, item)),
            "$nin" => !List(op).Any(item => Equal(values, item)),
            "$exists" => values.Any(v => v is not null) == (op.Value is JsonValue e && e.GetValueKind() == JsonValueKind.True),
            "$regex" => values.Any(v => v is JsonValue s && s.GetValueKind() == JsonValueKind.String && Pattern(op.Value, ops["$options"]).IsMatch(s.GetValue<string>())),
            "$options" => ops.ContainsKey("$regex") ? true : throw Invalid("$options needs $regex."),
            _ => throw Invalid($"Unknown operator {op.Key}."),
        });
    }

    // An absent field equals null, as in MongoDB; an array field also matches one of its elements.
    private static bool Equal(IReadOnlyList<JsonNode?> values, JsonNode? expected) =>
        values.Count == 0 ? expected is null : values.Any(v => JsonEquality.Same(v, expected));

    private static IEnumerable<JsonObject> Clauses(KeyValuePair<string, JsonNode?> clause) =>
        clause.Value is JsonArray { Count: > 0 } items && items.All(i => i is JsonObject)
            ? items.Cast<JsonObject>()
            : throw Invalid($"{clause.Key} needs a non-empty array of queries.");

    private static JsonArray List(KeyValuePair<string, JsonNode?> op) =>
        op.Value as JsonArray ?? throw Invalid($"{op.Key} needs an array.");

    private static Regex Pattern(JsonNode? pattern, JsonNode? options)
    {
        if (pattern is not JsonValue p || p.GetValueKind() != JsonValueKind.String)
        {
            throw Invalid("$regex needs a string.");
        }
        var flags = options?.GetValue<string>().Contains('i') == true ? RegexOptions.IgnoreCase : RegexOptions.None;
        try
        {
            return new Regex(p.GetValue<string>(), flags | RegexOptions.CultureInvariant, RegexBudget);
        }
        catch (ArgumentException ex)
        {
            throw Invalid($"$regex is not a valid pattern: {ex.Message}");
        }
    }

    private static WalcuApiError Invalid(string message) => WalcuApiError.BadRequest("invalid_query", message);
}
