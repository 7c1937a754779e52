using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>Reads a PUT or POST body: a record of the collection, with server-owned fields ignored.</summary>
internal static class WalcuBody
{
    public static JsonObject Read(WalcuCollection collection, JsonNode? body, string? id)
    {
        if (body is not JsonObject record)
        {
            throw WalcuApiError.BadRequest("invalid_body", $"The body must be a {collection.Singular} object.");
        }
        if (id is not null && record["_id"] is JsonValue given && given.ToString() != id)
        {
            throw WalcuApiError.Unprocessable("invalid_value", $"The body's _id is not {id}.");
        }
        var doc = new JsonObject();
        foreach (var (field, value) in record)
        {
            if (!collection.IsServerOwned(field))
            {
                doc[field] = value?.DeepClone();
            }
        }
        if (WalcuSchema.Mismatch(WalcuSchema.For(collection.Name).ShapeAt([], out _), doc, "") is { } problem)
        {
            throw WalcuApiError.Unprocessable("invalid_value", problem);
        }
        return doc;
    }
}
