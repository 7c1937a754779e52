using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// Keeps a client's contact data consistent after a write: the primary contact replaces its copy in contacts[]
/// (same _id), and the contacts_* lists Walcu derives for search are rebuilt from contacts[].
/// </summary>
internal static class WalcuClientContacts
{
    public static void Refresh(JsonObject client)
    {
        var contacts = client["contacts"] as JsonArray ?? [];
        if (client["primary_contact"] is JsonObject primary && primary["_id"].AsString() is { } primaryId)
        {
            var copy = contacts.Select((c, i) => (c, i)).FirstOrDefault(x => x.c is JsonObject o && o["_id"].AsString() == primaryId);
            if (copy.c is not null)
            {
                contacts[copy.i] = primary.DeepClone();
            }
        }
        var people = contacts.OfType<JsonObject>().ToList();
        client["contacts_emails"] = Strings(people.SelectMany(c => Items(c["emails"])));
        client["contacts_phones"] = Strings(people.SelectMany(c => Items(c["phones"])));
        client["contacts_names"] = Strings(people.Select(c => NameOf(c["name"])));
        client["contacts_government_ids"] = Strings(people.Select(c => c["government_id"].AsString()));
    }

    /// <summary>"First Last" (or the raw name) of a contact's name object.</summary>
    public static string? NameOf(JsonNode? name) =>
        string.Join(' ', new[] { name?["first_name"].AsString(), name?["last_name"].AsString() }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } full
            ? full
            : name?["raw_name"].AsString();

    private static IEnumerable<string?> Items(JsonNode? list) => (list as JsonArray ?? []).Select(JsonStrings.AsString);

    private static JsonArray Strings(IEnumerable<string?> values) =>
        new(values.OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
}
