using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// Walcu's <c>search</c> ("user readable search", WQL, not specified): every whitespace-separated term must occur,
/// case- and accent-insensitively, in the record's searchable text; a term of digits and phone punctuation matches
/// phone digits. Clients search their names, emails, phones, business name, _id and foreign_ids; other collections
/// every string they hold.
/// </summary>
internal sealed class WalcuSearch
{
    private readonly string[] _terms;

    private WalcuSearch(string[] terms) => _terms = terms;

    public static WalcuSearch? Parse(string? search)
    {
        var terms = (search ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Fold).Where(t => t.Length > 0).ToArray();
        return terms.Length == 0 ? null : new WalcuSearch(terms);
    }

    public bool Matches(JsonObject doc, WalcuCollection collection) => Matches(TextOf(doc, collection));

    /// <summary>True when every term occurs in <paramref name="text"/> (made by <see cref="Text"/>).</summary>
    public bool Matches(string text) => _terms.All(t => text.Contains(IsPhoneTerm(t) ? Digits(t) : t, StringComparison.Ordinal));

    /// <summary>The searchable text of some words and phone numbers (generated clients build it without a document).</summary>
    public static string Text(IEnumerable<string?> words, IEnumerable<string?> phones)
    {
        var text = new StringBuilder();
        foreach (var word in words.OfType<string>())
        {
            text.Append(Fold(word)).Append('\n');
        }
        foreach (var phone in phones.OfType<string>())
        {
            text.Append(Digits(phone)).Append('\n');
        }
        return text.ToString();
    }

    public static string TextOf(JsonObject doc, WalcuCollection collection)
    {
        if (collection != WalcuCollection.Clients)
        {
            return Text(Leaves(doc), []);
        }
        var contacts = (doc["contacts"] as JsonArray ?? []).Prepend(doc["primary_contact"]).OfType<JsonObject>().ToList();
        var words = contacts.SelectMany(c => new[] { WalcuClientContacts.NameOf(c["name"]) }.Concat(Strings(c["emails"])))
            .Append(JsonStrings.AsString(doc["business_details"]?["name"])).Append(JsonStrings.AsString(doc["_id"])).Concat(Strings(doc["foreign_ids"]));
        return Text(words, contacts.SelectMany(c => Strings(c["phones"])));
    }

    private static bool IsPhoneTerm(string term) => term.Any(char.IsAsciiDigit) && term.All(c => char.IsAsciiDigit(c) || "+-(). ".Contains(c));

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    private static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant(); // the common case, and the hot one when a search scans every client
        }
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }
        return folded.ToString();
    }

    private static IEnumerable<string?> Strings(JsonNode? list) => (list as JsonArray ?? []).Select(JsonStrings.AsString);


    private static IEnumerable<string?> Leaves(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Leaves(p.Value)),
        JsonArray a => a.SelectMany(Leaves),
        _ => [JsonStrings.AsString(node)],
    };
}
