using Portal.Features.Customers.Index;

namespace Portal.Features.Customers.Search;

/// <summary>
/// A typed query, folded and split into what the index can use: terms of three or more characters for the
/// trigram index (all must match one record), shorter words as substring checks on the matching records, or a name
/// prefix when nothing is long enough. Anything made only of digits and phone punctuation is reduced to its digits,
/// so "(312) 555-0142", "3125550142" and "+1 312 555 0142" are the same query.
/// </summary>
internal sealed record CustomerSearchTerms(SearchKind Kind, int Length, IReadOnlyList<string> Terms, IReadOnlyList<string> Contains, string? Prefix)
{
    /// <summary>Longer input is cut: no name, email, phone or id is longer.</summary>
    public const int MaxLength = 100;

    public const int TrigramLength = 3;

    public static CustomerSearchTerms Parse(string? text)
    {
        var folded = SearchFolding.Fold(text is { Length: > MaxLength } ? text[..MaxLength] : text);
        if (folded.Length == 0)
        {
            return new(SearchKind.Empty, 0, [], [], null);
        }
        if (IsPhoneLike(folded) && Digits(folded) is { Length: >= TrigramLength } digits)
        {
            return new(digits.Length >= 7 ? SearchKind.Phone : SearchKind.Number, folded.Length, [digits], [], null);
        }
        var words = folded.Split(' ').Select(w => IsPhoneLike(w) ? Digits(w) : w).Where(w => w.Length > 0).Distinct().ToList();
        var terms = words.Where(w => w.Length >= TrigramLength).ToList();
        if (terms.Count == 0)
        {
            return new(SearchKind.Prefix, folded.Length, [], [], folded);
        }
        var contains = words.Where(w => w.Length < TrigramLength).ToList();
        return new(KindOf(words), folded.Length, terms, contains, null);
    }

    private static SearchKind KindOf(IReadOnlyList<string> words) => words switch
    {
        _ when words.Any(w => w.Contains('@')) => SearchKind.Email,
        [var w] when w.Length == 17 && w.All(char.IsAsciiLetterOrDigit) && w.Any(char.IsAsciiDigit) && w.Any(char.IsAsciiLetter) => SearchKind.Vin,
        _ => SearchKind.Text,
    };

    private static bool IsPhoneLike(string text) =>
        text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '(' or ')' or '+' or '-' or '.' or '/');

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
