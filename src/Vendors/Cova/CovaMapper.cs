using System.Globalization;
using System.Text.Json;
using Portal.Vendors.Model;

namespace Portal.Vendors.Cova;

/// <summary>Cova CustomerFull records to the portal's customer record.</summary>
public static class CovaMapper
{
    /// <summary>The customer in the common shape; null when it has no Id.</summary>
    public static CustomerRecord? ToCustomer(int connectionId, CovaCustomer customer)
    {
        if (Clean(customer.Id) is not { } id)
        {
            return null;
        }
        var contacts = (customer.ContactMethods ?? []).OrderByDescending(c => c.Default == true).ToList();
        var dateOfBirth = DateOfBirth(customer.DateOfBirth);
        return new CustomerRecord(new SourceRef(VendorKind.Cova, connectionId, id))
        {
            FirstName = Clean(customer.PrimaryName),
            MiddleName = Clean(customer.MiddleName),
            LastName = Clean(customer.FamilyName),
            Emails = ContactNormalizer.Emails(contacts.Where(IsEmail).Select(c => c.Value)),
            Phones = ContactNormalizer.Phones(contacts.Where(c => !IsEmail(c)).Select(c => c.Value)),
            Address = Address(customer.Addresses),
            LastModifiedUtc = customer.LastModifiedDateUtc,
            VersionToken = customer.Version?.ToString(CultureInfo.InvariantCulture),
            Disabled = customer.Disabled == true,
            DoNotContact = customer.DoNotContact == true,
            MergedIntoExternalId = IdOf(customer.MergedIntoCustomerId),
            AlternateIds = Clean(customer.UniqueIdentifier) is { } key ? [key] : [],
            Sensitive = dateOfBirth is null ? null : new SensitiveCustomerData { DateOfBirth = dateOfBirth },
        };
    }

    /// <summary>The ids of the customers merged into this one (elements may be an id or an object with an Id).</summary>
    public static IReadOnlyList<string> MergedCustomerIds(CovaCustomer customer) =>
        (customer.MergedCustomers ?? []).Select(e => IdOf(e)).OfType<string>().ToList();

    /// <summary>The default address, else the first one.</summary>
    private static PostalAddress? Address(IReadOnlyList<CovaAddress>? addresses)
    {
        var a = addresses?.OrderByDescending(x => x.Default == true).FirstOrDefault();
        return a is null ? null : new PostalAddress(
            Clean(a.AddressLine1) ?? Clean(a.StreetAddress1),
            Clean(a.AddressLine2) ?? Clean(a.StreetAddress2),
            Clean(a.City) ?? Clean(a.Locality),
            Clean(a.StateCode) ?? Clean(a.State) ?? Clean(a.StateName),
            Clean(a.PostalCode) ?? ZipText(a.Zip),
            Clean(a.CountryCode) ?? Clean(a.Country) ?? Clean(a.CountryName));
    }

    /// <summary>By its category ("Email" or "Phone"); by its shape when the category is missing or unknown.</summary>
    private static bool IsEmail(CovaContactMethod c) => c.ContactMethodCategory?.Trim().ToUpperInvariant() switch
    {
        "EMAIL" or "E-MAIL" => true,
        "PHONE" or "MOBILE" or "TEXT" or "SMS" or "FAX" => false,
        _ => c.Value?.Contains('@') == true,
    };

    /// <summary>Only the date part: a birthday must not move with a time zone.</summary>
    private static DateOnly? DateOfBirth(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static string? IdOf(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } s => Clean(s.GetString()),
        { ValueKind: JsonValueKind.Object } o when o.TryGetProperty("Id", out var id) && id.ValueKind == JsonValueKind.String => Clean(id.GetString()),
        _ => null,
    };

    private static string? ZipText(JsonElement? zip) => zip switch
    {
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        { ValueKind: JsonValueKind.String } s => Clean(s.GetString()),
        _ => null,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
