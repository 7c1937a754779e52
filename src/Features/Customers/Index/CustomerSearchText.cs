using Portal.Vendors.Model;

namespace Portal.Features.Customers.Index;

/// <summary>
/// The text the full-text index holds for one record: names, emails, phones, VINs, the vendor's id and the ids the
/// record carries for other systems, folded (see <see cref="SearchFolding"/>). Phones are stored as bare digits of
/// their E.164 form ("13125550142"), so a query reduced to its digits finds them whatever format was typed: the
/// trigram index matches any substring, with or without the country code.
/// </summary>
public static class CustomerSearchText
{
    public static string Build(CustomerRecord record)
    {
        var parts = new List<string?> { record.FirstName, record.MiddleName, record.LastName, record.CompanyName };
        parts.AddRange(record.Emails);
        parts.AddRange(record.Phones.Select(p => new string(p.Where(char.IsAsciiDigit).ToArray())));
        parts.AddRange(record.Vehicles.Select(v => ContactNormalizer.Vin(v.Vin)));
        parts.Add(record.Source.ExternalId);
        parts.AddRange(record.ForeignIds);
        parts.AddRange(record.AlternateIds);
        return SearchFolding.Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct()));
    }
}
