using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// Walcu's <c>search</c> ("user readable search", WQL, not specified): every whitespace-separated term must occur,
/// case- and accent-insensitively, in one of the record's searchable words; a term of digits and phone punctuation
/// also matches the digits of a phone. Clients search their names, emails, phones, business name, _id and
/// foreign_ids; other collections every string they hold.
/// </summary>
internal sealed class WalcuSearch
{
    private readonly (string Text, string? Digits)[] _terms;

    private WalcuSearch((string, string?)[] terms) => _terms = terms;

    public static WalcuSearch? Parse(string? search)
    {
        var terms = (search ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(Fold).Where(t => t.Length > 0)
            .Select(t => (t, IsPhoneTerm(t) ? Digits(t) : null))
            .ToArray();
        return terms.Length == 0 ? null : new WalcuSearch(terms);
    }

    public bool Matches(JsonObject doc, WalcuCollection collection)
    {
        if (collection != WalcuCollection.Clients)
        {
            return Matches(Leaves(doc).ToList(), []);
        }
        var contacts = (doc["contacts"] as JsonArray ?? []).Prepend(doc["primary_contact"]).OfType<JsonObject>().ToList();
        var words = contacts.SelectMany(c => Strings(c["emails"]).Prepend(WalcuClientContacts.NameOf(c["name"])))
            .Append(doc["business_details"]?["name"].AsString()).Append(doc["_id"].AsString()).Concat(Strings(doc["foreign_ids"]));
        return Matches(words.ToList(), contacts.SelectMany(c => Strings(c["phones"])).ToList());
    }

    /// <summary>True when every term is in one of <paramref name="words"/> or, for phone-like terms, in a phone's digits.</summary>
    public bool Matches(IReadOnlyList<string?> words, IReadOnlyList<string?> phones) => _terms.All(term =>
        words.Any(w => w is not null && Contains(w, term.Text))
        || (term.Digits is { Length: > 0 } digits && phones.Any(p => p is not null && Digits(p).Contains(digits, StringComparison.Ordinal))));

    private static bool Contains(string word, string foldedTerm) =>
        Ascii.IsValid(word) ? word.Contains(foldedTerm, StringComparison.OrdinalIgnoreCase) : Fold(word).Contains(foldedTerm, StringComparison.Ordinal);

    private static bool IsPhoneTerm(string term) => term.Any(char.IsAsciiDigit) && term.All(c => char.IsAsciiDigit(c) || "+-(). ".Contains(c));

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    private static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
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
        _ => [node.AsString()],
    };
}
