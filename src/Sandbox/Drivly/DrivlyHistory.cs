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
        var status = Array.IndexOf(DrivlyDocFactory.Statuses, fields["consumerStatus"]?.GetValue<string>());
        switch (rng.Next(5))
        {
            case 0 when status > 0:
                fields["consumerStatus"] = DrivlyDocFactory.Statuses[Math.Min(status, 4) - 1];
                break;
            case 1 when fields["phone"] is not null:
                fields["phone"] = null; // the phone was added later
                fields["consumerPhoneType"] = null;
                break;
            case 2 when population.Person(index) is { MaidenName: { } maiden }:
                fields["consumerLastName"] = maiden; // a married name replaced it
                break;
            case 3 when fields["consumerEmployerName"] is not null:
                fields["consumerEmployerName"] = fields["consumerPreviousEmployerName"]?.DeepClone();
                fields["consumerEmploymentDuration"] = rng.Next(6, 60);
                break;
            default:
                if (fields["email"]?.GetValue<string>() is { } email)
                {
                    fields["email"] = email.ToUpper(CultureInfo.InvariantCulture); // typed in capitals, fixed later
                }
                else if (fields["leads"] is JsonArray { Count: > 1 } leads)
                {
                    leads.RemoveAt(leads.Count - 1);
                }
                break;
        }
        return fields;
    }
}
