using Portal.Features.Customers.Index;

namespace Portal.Features.Customers.Search.Live;

/// <summary>
/// Text checked before it goes anywhere near a vendor: 3 to 100 characters, no control characters. Vendor clients
/// still build their queries safely; this keeps nonsense and injection attempts from leaving the portal at all.
/// </summary>
public sealed record LiveQuery(string Text, SearchKind Kind)
{
    public const int MinLength = 3;

    /// <summary>Digits of a phone-like query (no country code for North American numbers), else null.</summary>
    public string? PhoneDigits
    {
        get
        {
            if (Kind is not (SearchKind.Phone or SearchKind.Number))
            {
                return null;
            }
            var digits = new string(Text.Where(char.IsAsciiDigit).ToArray());
            return digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
        }
    }

    /// <summary>The folded text (lower case, no accents) for vendors filtered on the portal's side.</summary>
    public string Folded => SearchFolding.Fold(Text);

    public static bool TryCreate(string? text, out LiveQuery query, out string problem)
    {
        query = new LiveQuery("", SearchKind.Empty);
        var trimmed = (text ?? "").Trim();
        if (trimmed.Any(char.IsControl))
        {
            problem = "The search text has control characters.";
            return false;
        }
        if (trimmed.Length is < MinLength or > CustomerSearchTerms.MaxLength)
        {
            problem = $"Type {MinLength} to {CustomerSearchTerms.MaxLength} characters to search the vendors.";
            return false;
        }
        problem = "";
        query = new LiveQuery(trimmed, CustomerSearchTerms.Parse(trimmed).Kind);
        return true;
    }
}
