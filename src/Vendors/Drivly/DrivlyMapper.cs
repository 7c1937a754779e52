using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Vendors.Http;
using Portal.Vendors.Model;

namespace Portal.Vendors.Drivly;

/// <summary>
/// Drivly customers in the portal's common shape. The highly sensitive consumer fields go ONLY into
/// <see cref="CustomerRecord.Sensitive"/>; versions become a timeline of changed fields.
/// </summary>
public static class DrivlyMapper
{
    public static SourceRef CustomerRef(int connectionId, string id) => new(VendorKind.Drivly, connectionId, id);

    public static CustomerRecord ToCustomer(DrivlyCustomer c, int connectionId) => new(CustomerRef(connectionId, c.Id ?? c.CustomerId ?? ""))
    {
        FirstName = Text(c.ConsumerFirstName),
        MiddleName = Text(c.ConsumerMiddleName),
        LastName = Text(c.ConsumerLastName),
        CompanyName = Text(c.CompanyName),
        Emails = ContactNormalizer.Emails([c.Email]),
        Phones = ContactNormalizer.Phones([c.Phone]),
        Address = c.Address is { Line1: not null } or { City: not null } ? new PostalAddress(
            Text(c.Address.Line1), Text(c.Address.Line2), Text(c.Address.City), Text(c.Address.State), Text(c.Address.Zip), Text(c.Address.Country)) : null,
        CreatedUtc = Time(c.CreatedAt),
        LastModifiedUtc = Time(c.UpdatedAt),
        VersionToken = c.UpdatedAt,
        // The record is known by its Payload id; its customerId ("DRV-...") is the key other systems hold.
        AlternateIds = Text(c.CustomerId) is { } key && key != c.Id ? [key] : [],
        Sensitive = Sensitive(c),
    };

    /// <summary>
    /// The timeline of <paramref name="versions"/> (any order), oldest first: each version lists the fields that
    /// differ from the version before it; the oldest lists the fields it holds.
    /// </summary>
    public static IReadOnlyList<CustomerVersion> ToTimeline(IEnumerable<DrivlyVersion> versions, int connectionId, string customerId)
    {
        var ordered = versions.OrderBy(v => Time(v.UpdatedAt) ?? DateTimeOffset.MinValue).ThenBy(v => v.Id, StringComparer.Ordinal).ToList();
        var timeline = new List<CustomerVersion>(ordered.Count);
        JsonObject? previous = null;
        foreach (var v in ordered)
        {
            var fields = Fields(v.Version);
            timeline.Add(new CustomerVersion(CustomerRef(connectionId, v.Parent ?? customerId), v.Id ?? "", Time(v.UpdatedAt), previous is null)
            {
                SavedBy = v.Version?.LastModifiedBy,
                Changes = DrivlyVersionDiff.Between(previous ?? [], fields),
            });
            previous = fields;
        }
        return timeline;
    }

    /// <summary>Payload timestamps are ISO 8601 in UTC.</summary>
    public static DateTimeOffset? Time(string? iso) =>
        DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static SensitiveCustomerData? Sensitive(DrivlyCustomer c)
    {
        var data = new SensitiveCustomerData
        {
            DateOfBirth = Date(c.ConsumerDateOfBirth),
            // The collection has grown duplicate spellings of the licence fields; older records fill the others.
            LicenceNumber = Text(c.ConsumerDriversLicenseNumber) ?? Text(c.ConsumerDriversLicense),
            LicenceState = Text(c.ConsumerDriversLicenseState) ?? Text(c.ConsumerDriversLicenceState),
            Ssn = Text(c.ConsumerSocialSecurity),
            Income = c.ConsumerIncome,
            IncomeInterval = Text(c.ConsumerIncomeInterval),
            EmployerName = Text(c.ConsumerEmployerName),
        };
        return data == new SensitiveCustomerData() ? null : data;
    }

    private static DateOnly? Date(string? text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        return Time(text) is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null;
    }

    private static JsonObject Fields(DrivlyCustomer? version) =>
        version is null ? [] : JsonSerializer.SerializeToNode(version, VendorJson.Options) as JsonObject ?? [];

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
