using System.Globalization;

namespace Portal.Security;

/// <summary>
/// Which customer fields are sensitive and how their values are shown when they must be shown at all (the audit
/// log's changes, the customer page before a reveal). Masking keeps at most the last four digits of a long number,
/// enough to tell two records apart, never enough to use.
/// </summary>
public static class SensitiveValues
{
    public const string Masked = "••••";

    // Compared after lower-casing and dropping everything but letters and digits ("driversLicense.number" ->
    // "driverslicensenumber"), so vendor spellings and nested paths match alike.
    private static readonly string[] SensitiveFragments =
    [
        "ssn", "socialsecurity", "socialinsurance", "taxid", "taxpayer",
        "driverslicense", "driverlicense", "drivinglicence", "driverslicence", "licensenumber", "licencenumber", "dlnumber",
        "dateofbirth", "birthdate", "birthday", "dob",
        "income", "salary", "employer", "occupation",
        "bankaccount", "accountnumber", "routingnumber", "cardnumber", "creditcard", "iban",
        "password", "secret", "apikey", "accesstoken", "refreshtoken", "privatekey",
    ];

    /// <summary>True when a field with this name holds a value that must never be stored or shown in clear.</summary>
    public static bool IsSensitiveField(string? fieldName)
    {
        if (string.IsNullOrWhiteSpace(fieldName))
        {
            return false;
        }
        var normalized = new string(fieldName.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return SensitiveFragments.Any(normalized.Contains);
    }

    /// <summary>
    /// "123-45-6789" -> "•••• 6789"; dates, short values and text (names, employers) -> "••••"; null stays null so
    /// that "was empty" remains distinguishable from "had a value".
    /// </summary>
    public static string? Mask(string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (value.Length == 0)
        {
            return "";
        }
        // A date's last digits are its month and day: never keep any of it.
        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return Masked;
        }
        var digits = value.Where(char.IsAsciiDigit).ToArray();
        return digits.Length >= 8 ? $"{Masked} {new string(digits[^4..])}" : Masked;
    }

    /// <summary>"jane.doe@example.com" -> "j•••@example.com": enough to recognise a typo, not to learn the address.</summary>
    public static string MaskEmail(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return Masked;
        }
        var at = email.LastIndexOf('@');
        return at <= 0 ? Masked : $"{email[0]}•••{email[at..]}";
    }
}
