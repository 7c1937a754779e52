using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Portal.Features.Connections.Admin;

/// <summary>One vendor field as the form edits it.</summary>
public sealed class ConnectionFieldValue(VendorField field, string value = "")
{
    public VendorField Field { get; } = field;

    public string Value { get; set; } = value;

    public static List<ConnectionFieldValue> Of(IEnumerable<VendorField> fields, IReadOnlyDictionary<string, string>? values = null) =>
        fields.Select(f => new ConnectionFieldValue(f, values?.GetValueOrDefault(f.Key) ?? "")).ToList();

    public static Dictionary<string, string> ToDictionary(IEnumerable<ConnectionFieldValue> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Field.Key, v => v.Field.Secret ? v.Value : v.Value.Trim());

    /// <summary>Required and pattern checks of each field, named by the field's member name.</summary>
    public static IEnumerable<ValidationResult> Validate(IEnumerable<ConnectionFieldValue> values)
    {
        foreach (var v in values)
        {
            if (string.IsNullOrWhiteSpace(v.Value))
            {
                if (v.Field.Required)
                {
                    yield return new ValidationResult($"Enter the {v.Field.Label}.", [v.Field.MemberName]);
                }
            }
            else if (v.Field.Pattern is { } pattern && !Regex.IsMatch(v.Value.Trim(), pattern, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))
            {
                yield return new ValidationResult(v.Field.PatternMessage ?? $"Check the {v.Field.Label}.", [v.Field.MemberName]);
            }
        }
    }
}
