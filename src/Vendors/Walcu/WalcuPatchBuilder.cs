using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Vendors.Http;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.Vendors.Walcu;

/// <summary>
/// Builds the JSON Patch (RFC 6902) Walcu's PATCH takes from a before/after pair of the same record: only the paths
/// that changed, led by <c>{"op":"test","path":"/__v","value":before.__v}</c> so Walcu refuses the patch when
/// someone else changed the record since it was read. Server-owned fields (ids, versions, timestamps, computed
/// values and the contacts_* lists Walcu derives from contacts) are never written. Arrays are replaced whole:
/// element positions are not stable identities.
/// </summary>
public static class WalcuPatchBuilder
{
    private static readonly HashSet<string> ServerOwned = new(StringComparer.Ordinal)
    {
        "_id", "__v", "created_at", "updated_at", "created_by", "updated_by", "dealer_id", "computed",
        "contacts_emails", "contacts_phones", "contacts_names", "contacts_government_ids",
    };

    /// <summary>The patch from <paramref name="before"/> to <paramref name="after"/>; only the test op when nothing changed.</summary>
    public static JsonArray Build<T>(T before, T after) where T : WalcuDocumentDto
    {
        var patch = new JsonArray();
        if (before.Version is { } version)
        {
            patch.Add(new JsonObject { ["op"] = "test", ["path"] = "/__v", ["value"] = version });
        }
        Diff("", JsonSerializer.SerializeToNode(before, VendorJson.Options), JsonSerializer.SerializeToNode(after, VendorJson.Options), patch);
        return patch;
    }

    /// <summary>True when the patch holds more than its version test.</summary>
    public static bool HasChanges(JsonArray patch) => patch.Any(op => op?["op"]?.GetValue<string>() != "test");

    private static void Diff(string path, JsonNode? before, JsonNode? after, JsonArray patch)
    {
        if (JsonNode.DeepEquals(before, after))
        {
            return;
        }
        if (before is JsonObject b && after is JsonObject a)
        {
            foreach (var key in b.Select(p => p.Key).Concat(a.Select(p => p.Key)).Distinct(StringComparer.Ordinal))
            {
                if (IsServerOwned(path, key))
                {
                    continue;
                }
                var child = path + "/" + Escape(key);
                var (bv, av) = (b[key], a[key]);
                if (av is null && bv is not null)
                {
                    patch.Add(new JsonObject { ["op"] = "remove", ["path"] = child });
                }
                else if (bv is null && av is not null)
                {
                    patch.Add(new JsonObject { ["op"] = "add", ["path"] = child, ["value"] = av.DeepClone() });
                }
                else
                {
                    Diff(child, bv, av, patch);
                }
            }
            return;
        }
        patch.Add(new JsonObject { ["op"] = "replace", ["path"] = path, ["value"] = after?.DeepClone() });
    }

    // Top-level server fields are skipped by name; below the top only sub-document _ids are Walcu's.
    private static bool IsServerOwned(string parentPath, string key) =>
        parentPath.Length == 0 ? ServerOwned.Contains(key) : key == "_id";

    private static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
