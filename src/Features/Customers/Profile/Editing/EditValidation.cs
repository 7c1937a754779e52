using System.Globalization;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Profile.Editing;

/// <summary>The edit form's rules, checked in the browser's form and again on the server before any write.</summary>
public static class EditValidation
{
    /// <summary>The message for one field's value, or null when it is valid.</summary>
    public static string? Check(EditFieldSpec field, string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            return field.Required ? $"{field.Label} is required." : null;
        }
        if (text.Length > field.MaxLength)
        {
            return $"{field.Label} must be at most {field.MaxLength} characters.";
        }
        if (text.Any(char.IsControl))
        {
            return $"{field.Label} must not contain control characters.";
        }
        return field.Kind switch
        {
            EditFieldKind.Email when ContactNormalizer.Email(text) is null || text.Contains(' ', StringComparison.Ordinal) || !text.Split('@')[^1].Contains('.', StringComparison.Ordinal)
                => "Enter an email address like name@example.com.",
            EditFieldKind.Phone when ContactNormalizer.Phone(text) is null => "Enter a phone number like (555) 123-4567 or +44 20 7946 0958.",
            EditFieldKind.Status when !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s is not (0 or 1)
                => "Status must be 0 or 1.",
            _ => null,
        };
    }

    /// <summary>Every invalid field of <paramref name="values"/> with its message.</summary>
    public static Dictionary<string, string> Check(IEnumerable<EditFieldSpec> fields, IReadOnlyDictionary<string, string?> values) =>
        fields.Select(f => (f.Key, Message: Check(f, values.GetValueOrDefault(f.Key))))
            .Where(e => e.Message is not null)
            .ToDictionary(e => e.Key, e => e.Message ?? "");
}
