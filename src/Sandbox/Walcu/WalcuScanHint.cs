using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// What a list query lets the generator skip, read from the top level of <c>q</c>: an updated_at lower bound
/// (generated records of earlier people are all older), a client id (only that person's records), or _ids. Only
/// an optimisation: the filter still decides what matches.
/// </summary>
internal sealed record WalcuScanHint(DateTimeOffset? UpdatedFrom = null, string? ClientId = null, IReadOnlyList<string>? Ids = null,
    WalcuSearch? Search = null)
{
    public static WalcuScanHint From(WalcuFilter? filter, WalcuSearch? search)
    {
        var q = filter?.Query;
        return new WalcuScanHint(
            LowerBound(q?["updated_at"]),
            Equality(q?["client_id"]) ?? Equality(q?["owner_history.client_id"]),
            Equality(q?["_id"]) is { } id ? [id] : In(q?["_id"]),
            search);
    }

    private static DateTimeOffset? LowerBound(JsonNode? condition) =>
        condition is JsonObject ops && (ops["$gte"].AsString() ?? ops["$gt"].AsString()) is { } text ? JsonEquality.AsInstant(text) : null;

    private static string? Equality(JsonNode? condition) => condition.AsString() ?? (condition is JsonObject ops ? ops["$eq"].AsString() : null);

    private static string[]? In(JsonNode? condition) =>
        condition is JsonObject ops && ops["$in"] is JsonArray items && items.All(i => i.AsString() is not null)
            ? items.Select(i => i.AsString() ?? "").ToArray()
            : null;


    /// <summary>The first person index worth scanning for this hint.</summary>
    public int FirstPerson(SandboxPopulation population) =>
        UpdatedFrom is { } t ? population.FirstIndexModifiedAtOrAfter(t, SandboxVendor.Walcu) : 0;
}
