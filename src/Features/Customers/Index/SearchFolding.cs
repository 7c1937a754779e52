using System.Globalization;
using System.Text;

namespace Portal.Features.Customers.Index;

/// <summary>
/// Folds text for search and name ordering: lower case, accents removed, runs of white space collapsed. Done in C#
/// rather than in SQL because SQLite's lower() only knows ASCII; the index columns and the typed query are folded
/// by this one function, so "Núñez", "NUNEZ" and "nunez" all meet.
/// </summary>
public static class SearchFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            folded.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
