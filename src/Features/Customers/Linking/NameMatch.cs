using System.Globalization;
using System.Text;

namespace Portal.Features.Customers.Linking;

/// <summary>How two name parts compare: missing on either side, the same, compatible (typo, nickname, initial), or not.</summary>
public enum NameAgreement { Unknown, Same, Compatible, Conflict }

/// <summary>
/// Name comparison for linking. Vendors disagree on accents, case, punctuation and spacing, people go by nicknames
/// (Bill for William) and clerks make one-key slips, so "Compatible" covers those; anything else is a conflict.
/// </summary>
public static class NameMatch
{
    /// <summary>Lower-case ASCII letters and digits only: "Núñez-O'Brien" becomes "nunezobrien".</summary>
    public static string Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    /// <summary>Compares normalised first names.</summary>
    public static NameAgreement First(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return NameAgreement.Unknown;
        }
        if (a == b)
        {
            return NameAgreement.Same;
        }
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var initial = shorter.Length == 1 && longer[0] == shorter[0];
        var prefix = shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.Ordinal);
        return initial || prefix || OneSlip(a, b) || Nicknames.Match(a, b, OneSlip) ? NameAgreement.Compatible : NameAgreement.Conflict;
    }

    /// <summary>Compares normalised surnames (or company names).</summary>
    public static NameAgreement Last(string a, string b) =>
        a.Length == 0 || b.Length == 0 ? NameAgreement.Unknown
        : a == b ? NameAgreement.Same
        : OneSlip(a, b) ? NameAgreement.Compatible
        : NameAgreement.Conflict;

    /// <summary>True when one edit (insert, delete, substitute or swap two neighbours) turns one into the other. A
    /// substitution or swap needs four letters or more, since one slip in a three-letter name makes another real name
    /// (Jon, Jan); a dropped or doubled letter needs the longer name to have four.</summary>
    public static bool OneSlip(string a, string b)
    {
        var sameLength = a.Length == b.Length;
        if (Math.Abs(a.Length - b.Length) > 1 || (sameLength ? a.Length : Math.Max(a.Length, b.Length)) < 4)
        {
            return false;
        }
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }
        var (endA, endB) = (a.Length, b.Length);
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            (endA, endB) = (endA - 1, endB - 1);
        }
        var (restA, restB) = (endA - start, endB - start);
        var swapped = restA == 2 && restB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start];
        return (restA <= 1 && restB <= 1) || swapped;
    }
}
