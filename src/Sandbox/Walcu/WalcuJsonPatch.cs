using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// Applies a JSON Patch (RFC 6902: add, remove, replace, move, copy, test) to a copy of a Walcu record. Every
/// written path must be documented for the collection and not server-owned, and every value must fit the
/// documented type; a failed "test" is a 409 conflict. All or nothing: any failure leaves the record unchanged.
/// </summary>
internal static class WalcuJsonPatch
{
    public static JsonObject Apply(JsonObject record, JsonNode? patch, WalcuSchema schema, Func<string, bool> isServerOwned)
    {
        if (patch is not JsonArray ops)
        {
            throw WalcuApiError.BadRequest("invalid_patch", "The body must be a JSON Patch: an array of operations.");
        }
        var doc = (JsonObject)record.DeepClone();
        for (var i = 0; i < ops.Count; i++)
        {
            if (ops[i] is not JsonObject op || op["op"].AsString() is not { } name || op["path"].AsString() is not { } path)
            {
                throw WalcuApiError.BadRequest("invalid_patch", $"Operation {i} needs an \"op\" and a \"path\".");
            }
            var target = JsonPointer.Parse(path);
            if (name is not ("add" or "remove" or "replace" or "move" or "copy" or "test"))
            {
                throw WalcuApiError.BadRequest("invalid_patch", $"Unknown operation '{name}' (add, remove, replace, move, copy, test).");
            }
            if (name != "test")
            {
                CheckWritable(target, path, schema, isServerOwned);
            }
            switch (name)
            {
                case "add":
                    Add(doc, target, path, Value(op, i), schema);
                    break;
                case "remove":
                    Remove(doc, target, path);
                    break;
                case "replace":
                    Remove(doc, target, path);
                    Add(doc, target, path, Value(op, i), schema);
                    break;
                case "move" or "copy":
                    var fromPath = op["from"].AsString() ?? throw WalcuApiError.BadRequest("invalid_patch", $"Operation {i} ({name}) needs a \"from\".");
                    var from = JsonPointer.Parse(fromPath);
                    if (name == "move")
                    {
                        CheckWritable(from, fromPath, schema, isServerOwned);
                        if (path.StartsWith(fromPath + "/", StringComparison.Ordinal))
                        {
                            throw WalcuApiError.Unprocessable("invalid_path", $"Cannot move {fromPath} into itself.");
                        }
                    }
                    var value = JsonPointer.Find(doc, from, out var found)?.DeepClone();
                    if (!found)
                    {
                        throw WalcuApiError.Unprocessable("invalid_path", $"{fromPath} does not exist.");
                    }
                    if (name == "move")
                    {
                        Remove(doc, from, fromPath);
                    }
                    Add(doc, target, path, value, schema);
                    break;
                default: // "test", the only operation left
                    var actual = JsonPointer.Find(doc, target, out var exists);
                    if (!exists || !JsonEquality.Same(actual, Value(op, i)))
                    {
                        throw WalcuApiError.Conflict($"Test failed: {path} is {actual?.ToJsonString() ?? "absent"}, not {op["value"]?.ToJsonString() ?? "null"}.");
                    }
                    break;
            }
        }
        return doc;
    }

    private static void CheckWritable(IReadOnlyList<string> target, string path, WalcuSchema schema, Func<string, bool> isServerOwned)
    {
        if (target.Count == 0)
        {
            throw WalcuApiError.Unprocessable("invalid_path", "The whole record cannot be patched; use PUT to replace it.");
        }
        if (isServerOwned(target[0]))
        {
            throw WalcuApiError.Unprocessable("read_only", $"{path} is set by Walcu and cannot be written.");
        }
        schema.ShapeAt(target, out var documented);
        if (!documented)
        {
            throw WalcuApiError.Unprocessable("invalid_path", $"{path} is not a documented field of {schema.Collection}.");
        }
    }

    private static void Add(JsonObject doc, IReadOnlyList<string> target, string path, JsonNode? value, WalcuSchema schema)
    {
        if (WalcuSchema.Mismatch(schema.ShapeAt(target, out _), value, path) is { } problem)
        {
            throw WalcuApiError.Unprocessable("invalid_value", problem);
        }
        var parent = JsonPointer.Find(doc, target.Take(target.Count - 1).ToList(), out var found);
        var last = target[^1];
        switch (parent)
        {
            case JsonObject o when found:
                o[last] = value;
                break;
            case JsonArray a when found && (last == "-" || JsonPointer.Index(last, a.Count) is not null):
                a.Insert(last == "-" ? a.Count : JsonPointer.Index(last, a.Count) ?? a.Count, value);
                break;
            default:
                throw WalcuApiError.Unprocessable("invalid_path", $"The parent of {path} does not exist.");
        }
    }

    private static void Remove(JsonObject doc, IReadOnlyList<string> target, string path)
    {
        var parent = JsonPointer.Find(doc, target.Take(target.Count - 1).ToList(), out var found);
        var last = target[^1];
        switch (parent)
        {
            case JsonObject o when found && o.ContainsKey(last):
                o.Remove(last);
                break;
            case JsonArray a when found && JsonPointer.Index(last, a.Count - 1) is { } i:
                a.RemoveAt(i);
                break;
            default:
                throw WalcuApiError.Unprocessable("invalid_path", $"{path} does not exist.");
        }
    }

    private static JsonNode? Value(JsonObject op, int i) =>
        op.TryGetPropertyValue("value", out var value)
            ? value?.DeepClone()
            : throw WalcuApiError.BadRequest("invalid_patch", $"Operation {i} needs a \"value\".");
}
