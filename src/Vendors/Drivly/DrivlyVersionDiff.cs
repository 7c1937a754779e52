using System.Text.Json.Nodes;
using Portal.Vendors.Model;

namespace Portal.Vendors.Drivly;

/// <summary>The fields that differ between two consecutive versions of a Drivly customer.</summary>
internal static class DrivlyVersionDiff
{
    // Bookkeeping that changes with every save and says nothing about the customer.
    private static readonly HashSet<string> Ignored = ["id", "createdAt", "updatedAt", "lastModifiedBy"];

    /// <summary>Fields whose values are never copied out of the vendor record, only reported as changed.</summary>
    public static bool IsSensitive(string field) =>
        field is "consumerSocialSecurity" or "consumerDateOfBirth" or "consumerIncome" or "consumerIncomeInterval"
            or "consumerRentMortgage" or "consumerResidenceType" or "consumerTimeAtResidence"
        || field.StartsWith("consumerDriversLicen", StringComparison.Ordinal)
        || field.StartsWith("consumerEmploy", StringComparison.Ordinal)
        || field.StartsWith("consumerPreviousEmploy", StringComparison.Ordinal)
        || field.StartsWith("consumerOtherIncome", StringComparison.Ordinal)
        || field.StartsWith("consumerPrevious", StringComparison.Ordinal);

    public static IReadOnlyList<FieldChange> Between(JsonObject before, JsonObject after)
    {
        var changes = new List<FieldChange>();
        foreach (var name in before.Select(p => p.Key).Union(after.Select(p => p.Key)).Where(n => !Ignored.Contains(n)).Order(StringComparer.Ordinal))
        {
            var (old, now) = (Value(before[name]), Value(after[name]));
            if (old == now)
            {
                continue;
            }
            changes.Add(IsSensitive(name) ? new FieldChange(name, null, null, true) : new FieldChange(name, old, now, false));
        }
        return changes;
    }

    // Blank and missing are the same to a reader of the timeline; lists compare by their JSON text.
    private static string? Value(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrEmpty(s) ? null : s,
        JsonArray { Count: 0 } => null,
        _ => node.ToJsonString(),
    };
}
