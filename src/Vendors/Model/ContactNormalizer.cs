namespace Portal.Vendors.Model;

/// <summary>
/// Normalises contact values for matching and search. libphonenumber is not obtainable here, so phone handling is
/// our own: North American numbers in any common format become E.164 (+1XXXXXXXXXX); numbers already given with a
/// + and a country code are kept as digits; anything else is not a phone number we can compare.
/// </summary>
public static class ContactNormalizer
{
    public static string? Phone(string? raw, string defaultCountryCode = "1")
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var text = raw.Trim();
        var cut = text.IndexOfAny(['x', 'X', '#', ';']);
        if (cut > 0)
        {
            text = text[..cut]; // extension
        }
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (text.StartsWith('+') || text.StartsWith("00", StringComparison.Ordinal))
        {
            digits = text.StartsWith("00", StringComparison.Ordinal) ? digits[2..] : digits;
            return digits.Length is >= 8 and <= 15 ? "+" + digits : null;
        }
        if (defaultCountryCode == "1")
        {
            if (digits.Length == 11 && digits[0] == '1')
            {
                digits = digits[1..];
            }
            return digits.Length == 10 && digits[0] is >= '2' and <= '9' ? "+1" + digits : null;
        }
        return digits.Length is >= 6 and <= 14 ? "+" + defaultCountryCode + digits.TrimStart('0') : null;
    }

    public static string? Email(string? raw)
    {
        var email = raw?.Trim().ToLowerInvariant();
        return email is { Length: >= 3 } && email.IndexOf('@') is > 0 and var at && at < email.Length - 1 ? email : null;
    }

    /// <summary>The valid e-mails among <paramref name="raw"/>, normalised, each once, in order.</summary>
    public static IReadOnlyList<string> Emails(IEnumerable<string?> raw) => raw.Select(e => Email(e)).OfType<string>().Distinct().ToList();

    /// <summary>The usable phone numbers among <paramref name="raw"/>, as E.164, each once, in order.</summary>
    public static IReadOnlyList<string> Phones(IEnumerable<string?> raw) => raw.Select(p => Phone(p)).OfType<string>().Distinct().ToList();

    /// <summary>Upper-case, no spaces or dashes; null when not 17 characters.</summary>
    public static string? Vin(string? raw)
    {
        var vin = raw is null ? null : new string(raw.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        return vin is { Length: 17 } ? vin : null;
    }
}
