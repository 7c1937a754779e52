using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Drivly;

/// <summary>One saved version: its id, the customer fields as they were, and when it was saved.</summary>
internal sealed record DrivlyVersionEntry(long Id, int Index, JsonObject Fields, DateTimeOffset SavedAt);

/// <summary>
/// The generated versions of a customer, oldest first. The last is the current document; each earlier one undoes
/// one realistic change (status moved on, phone or email added or changed, a new employer, a married name, a lead).
/// </summary>
internal static class DrivlyHistory
{
    private const int SaltHistory = 0x4403;

    public static IReadOnlyList<DrivlyVersionEntry> Versions(SandboxPopulation population, int index, JsonObject current)
    {
        var times = DrivlyTimes.VersionTimes(population, index);
        var rng = DrivlySandbox.Random(population.Seed, index, SaltHistory);
        var versions = new DrivlyVersionEntry[times.Length];
        var fields = Fields(current);
        for (var j = times.Length - 1; j >= 0; j--)
        {
            versions[j] = new DrivlyVersionEntry(DrivlyTimes.VersionId(index, j), index, fields, times[j]);
            if (j > 0)
            {
                fields = Undo(fields.DeepClone().AsObject(), population, index, ref rng);
            }
        }
        return versions;
    }

    /// <summary>A document's fields as a version holds them: without id, createdAt and updatedAt (as in the document's example).</summary>
    public static JsonObject Fields(JsonObject doc)
    {
        var fields = doc.DeepClone().AsObject();
        fields.Remove("id");
        fields.Remove("createdAt");
        fields.Remove("updatedAt");
        return fields;
    }

    private static JsonObject Undo(JsonObject fields, SandboxPopulation population, int index, ref SandboxRandom rng)
    {
        fields["lastModifiedBy"] = rng.Next(1, 41);
        var first = rng.Next(Changes.Length);
        for (var k = 0; k < Changes.Length; k++)
        {
            if (Changes[(first + k) % Changes.Length](fields, population, index))
            {
                return fields;
            }
        }
        // Nothing else applies: the lead source was corrected later.
        fields["consumerLeadSource"] = new JsonArray(fields["consumerLeadSource"]?.ToJsonString() == "[\"Walk-in\"]" ? "Website" : "Walk-in");
        return fields;
    }

    /// <summary>Ways a customer's previous version differed; each says whether it applied.</summary>
    private static readonly Func<JsonObject, SandboxPopulation, int, bool>[] Changes =
    [
        (f, _, _) => Array.IndexOf(DrivlyDocFactory.Statuses, f["consumerStatus"]?.GetValue<string>()) is > 0 and var s
            && Set(f, "consumerStatus", DrivlyDocFactory.Statuses[Math.Min(s, 4) - 1]),
        (f, _, _) => f["phone"] is not null && Set(f, "phone", null) | Set(f, "consumerPhoneType", null), // added later
        (f, p, i) => p.Person(i) is { MaidenName: { } maiden } && Set(f, "consumerLastName", maiden), // a married name replaced it
        (f, _, _) => f["consumerEmployerName"] is not null && Set(f, "consumerEmployerName", f["consumerPreviousEmployerName"]?.GetValue<string>()),
        (f, _, _) => f["email"]?.GetValue<string>() is { } e && Set(f, "email", e.ToUpper(CultureInfo.InvariantCulture)), // typed in capitals
        (f, _, _) => f["leads"] is JsonArray { Count: > 1 } leads && Remove(leads),
    ];

    /// <summary>Sets a text field; true when that changed it.</summary>
    private static bool Set(JsonObject fields, string name, string? value)
    {
        if (fields[name]?.GetValue<string>() == value)
        {
            return false;
        }
        fields[name] = value;
        return true;
    }

    private static bool Remove(JsonArray items)
    {
        items.RemoveAt(items.Count - 1);
        return true;
    }
}
