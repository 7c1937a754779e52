using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// Walcu's <c>project</c>: the fields to return, MongoDB style. "first_name address.locality" keeps only those
/// (and _id); "-computed -contacts" drops those; {"computed":0} works too. Mixing kinds is a 400, as in MongoDB.
/// </summary>
internal sealed record WalcuProjection(IReadOnlyList<string> Paths, bool Exclude, bool KeepId)
{
    public static WalcuProjection? Parse(string? project)
    {
        if (string.IsNullOrWhiteSpace(project))
        {
            return null;
        }
        var fields = WalcuPaths.FieldList(project, v => v.AsNumber() == 0
            || (v is JsonValue f && f.GetValueKind() == JsonValueKind.False));
        if (fields.Count == 0 || fields.Any(f => !WalcuPaths.IsValid(f.Path)))
        {
            throw Invalid($"project '{project}' is not a list of field paths.");
        }
        var keepId = !fields.Any(f => f is ("_id", true));
        var rest = fields.Where(f => f.Path != "_id").ToList();
        if (rest.Select(f => f.Marked).Distinct().Count() > 1)
        {
            throw Invalid("project cannot mix included and excluded fields (except _id).");
        }
        var exclude = rest.Count == 0 ? !keepId : rest[0].Marked;
        return new WalcuProjection(rest.Count == 0 && keepId ? ["_id"] : rest.Select(f => f.Path).ToList(), exclude, keepId);
    }

    public JsonObject Apply(JsonObject doc)
    {
        if (Exclude)
        {
            var copy = (JsonObject)doc.DeepClone();
            foreach (var path in Paths.Append(KeepId ? null : "_id").OfType<string>())
            {
                Remove(copy, path.Split('.'));
            }
            return copy;
        }
        var result = new JsonObject();
        foreach (var path in Paths.Prepend(KeepId ? "_id" : null).OfType<string>().Distinct())
        {
            Copy(doc, result, path.Split('.'));
        }
        return result;
    }

    private static void Copy(JsonObject from, JsonObject to, string[] segments)
    {
        if (!from.TryGetPropertyValue(segments[0], out var value))
        {
            return;
        }
        if (segments.Length == 1 || value is not JsonObject child)
        {
            to[segments[0]] = value?.DeepClone(); // a path through an array keeps the whole array
            return;
        }
        if (to[segments[0]] is not JsonObject target)
        {
            to[segments[0]] = target = new JsonObject();
        }
        Copy(child, target, segments[1..]);
    }

    private static void Remove(JsonObject doc, string[] segments)
    {
        if (segments.Length == 1)
        {
            doc.Remove(segments[0]);
        }
        else if (doc[segments[0]] is JsonObject child)
        {
            Remove(child, segments[1..]);
        }
    }

    private static WalcuApiError Invalid(string message) => WalcuApiError.BadRequest("invalid_project", message);
}
