using Portal.Features.Customers.Search;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Profile;

/// <summary>One displayed field of a source record.</summary>
public sealed record DisplayField(string Key, string Label, string? Value);

/// <summary>
/// The fields a source panel shows, and which of them disagree between sources: a field disagrees when two
/// records give it different non-empty values (compared without case, spaces or punctuation).
/// </summary>
public static class ComparedFields
{
    public static IReadOnlyList<DisplayField> Of(CustomerRecord record) =>
    [
        new(ProfileFields.FirstName, "First name", record.FirstName),
        new(ProfileFields.LastName, "Last name", record.LastName),
        new(ProfileFields.Company, "Company", record.CompanyName),
        new(ProfileFields.Email, "Email", record.Emails.FirstOrDefault()),
        new(ProfileFields.Phone, "Phone", record.Phones.FirstOrDefault() is { } phone ? PhoneDisplay.Format(phone) : null),
        new("address", "Address", Address(record.Address)),
    ];

    public static IReadOnlySet<string> Disagreeing(IEnumerable<CustomerRecord> records) =>
        records.SelectMany(Of).Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .GroupBy(f => f.Key)
            .Where(g => g.Select(f => Fold(f.Value)).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    public static string? Address(PostalAddress? a) => a is null ? null
        : string.Join(", ", new[] { a.Line1, a.Line2, a.City, string.Join(' ', new[] { a.State, a.PostalCode }.Where(s => !string.IsNullOrWhiteSpace(s))) }
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string Fold(string? value) => new((value ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
