using System.Text.Json.Nodes;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Walcu.Generation;

/// <summary>Pieces shared by the generated documents: times, staff users, statuses and assignments.</summary>
internal static class WalcuDocParts
{
    private static readonly string[] Locations = ["Main showroom", "Service center", "Used car lot"];

    public static string Iso(DateTimeOffset t) => WalcuStore.Iso(t);

    /// <summary>A moment between <paramref name="from"/> and <paramref name="to"/> (inclusive).</summary>
    public static DateTimeOffset Between(ref SandboxRandom rng, DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? to : from + TimeSpan.FromSeconds(Math.Floor(rng.NextDouble() * (to - from).TotalSeconds));

    /// <summary>One of the dealer's five staff users.</summary>
    public static string Staff(WalcuPlan plan, ref SandboxRandom rng) => plan.World.Id(0, WalcuOrdinals.Staff + rng.Next(5));

    public static string Location(ref SandboxRandom rng) => rng.Pick(Locations);

    /// <summary>The fields every record carries (dealer, timestamps, version, foreign ids), set on <paramref name="doc"/>.</summary>
    public static JsonObject Common(JsonObject doc, string id, DateTimeOffset created, DateTimeOffset updated, int version, string updatedBy)
    {
        doc["_id"] = id;
        doc["dealer_id"] = WalcuSandbox.DealerId;
        doc["created_at"] = Iso(created);
        doc["updated_at"] = Iso(updated);
        doc["updated_by"] = updatedBy;
        doc["__v"] = version;
        doc["foreign_ids"] ??= new JsonArray();
        return doc;
    }

    /// <summary>A record's creation and last change, inside its client's lifetime (so never after the client's updated_at).</summary>
    public static (DateTimeOffset Created, DateTimeOffset Updated) Lifetime(WalcuPlan plan, ref SandboxRandom rng)
    {
        var created = Between(ref rng, plan.Created, plan.Modified);
        return (created, Between(ref rng, created, plan.Modified));
    }

    public static JsonObject Status(string status, DateTimeOffset at, string user, string id) => new()
    {
        ["assigned_at"] = Iso(at),
        ["user"] = user,
        ["status"] = status,
        ["substatus"] = null,
        ["_id"] = id,
    };

    public static JsonObject StatusHistory(string status, DateTimeOffset at, string user, string id) => new()
    {
        ["assigned_at"] = Iso(at),
        ["user"] = user,
        ["status"] = status,
        ["substatus_history"] = new JsonArray(),
        ["_id"] = id,
    };

    public static JsonObject Assignment(string to, DateTimeOffset at, string by, string id) => new()
    {
        ["to"] = to,
        ["at"] = Iso(at),
        ["by"] = by,
        ["_id"] = id,
    };

    public static JsonArray Strings(params string?[] values) =>
        new(values.OfType<string>().Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
