using System.Text.Json;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Vendors;

namespace Portal.Features.Connections.Admin;

/// <summary>Turns the form into stored values and audit changes (settings shown, credentials only named).</summary>
internal static class ConnectionChanges
{
    public static AuditTarget Target(Connection row) => new(AuditTargetTypes.Connection, row.Id.ToString(), row.Name);

    /// <summary>Only the vendor's own setting keys are kept, whatever the form sent.</summary>
    public static Dictionary<string, string> Settings(ConnectionInput input) => Only(VendorFields.Settings(input.Vendor), input.Settings);

    public static Dictionary<string, string> Secrets(VendorKind vendor, IEnumerable<ConnectionFieldValue> values) =>
        Only(VendorFields.Secrets(vendor), values);

    public static string Json(Dictionary<string, string> settings) => JsonSerializer.Serialize(settings);

    public static IReadOnlyDictionary<string, string> ParseSettings(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    public static List<AuditChange> Created(Connection row, Dictionary<string, string> settings) =>
    [
        new("vendor", null, row.Vendor.Slug()), new("name", null, row.Name), new("dealershipId", null, row.DealershipId.ToString()),
        new("baseUrl", null, row.BaseUrl), new("enabled", null, row.Enabled.ToString()),
        .. settings.Select(s => new AuditChange("settings." + s.Key, null, s.Value)),
    ];

    /// <summary>Applies the form to the row and lists what changed.</summary>
    public static List<AuditChange> Apply(Connection row, ConnectionInput input, string name)
    {
        var changes = new List<AuditChange>();
        Set(changes, "name", row.Name, name, v => row.Name = v);
        Set(changes, "dealershipId", row.DealershipId.ToString(), input.DealershipId.ToString(), _ => row.DealershipId = input.DealershipId);
        Set(changes, "baseUrl", row.BaseUrl, input.BaseUrl.Trim(), v => row.BaseUrl = v);
        var before = ParseSettings(row.SettingsJson);
        var after = Settings(input);
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            if (before.GetValueOrDefault(key) != after.GetValueOrDefault(key))
            {
                changes.Add(new AuditChange("settings." + key, before.GetValueOrDefault(key), after.GetValueOrDefault(key)));
            }
        }
        if (changes.Any(c => c.Field.StartsWith("settings.", StringComparison.Ordinal)))
        {
            row.SettingsJson = Json(after);
        }
        return changes;
    }

    private static void Set(List<AuditChange> changes, string field, string before, string after, Action<string> apply)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new AuditChange(field, before, after));
            apply(after);
        }
    }

    private static Dictionary<string, string> Only(IReadOnlyList<VendorField> fields, IEnumerable<ConnectionFieldValue> values)
    {
        var keys = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        return ConnectionFieldValue.ToDictionary(values.Where(v => keys.Contains(v.Field.Key)));
    }
}
