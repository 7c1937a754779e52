using System.Text.Json;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Index;

/// <summary>Copies a vendor's <see cref="CustomerRecord"/> into its index row (sensitive values only as keyed hashes).</summary>
public sealed class IndexedCustomerMapper(MatchingHasher hasher)
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);

    /// <summary>Copies every field but IndexedUtc, which the writer sets only when something really changed; returns the row.</summary>
    public IndexedCustomer Apply(CustomerRecord record, int dealershipId, IndexedCustomer row)
    {
        row.Vendor = record.Source.Vendor;
        row.ConnectionId = record.Source.ConnectionId;
        row.ExternalId = record.Source.ExternalId;
        row.DealershipId = dealershipId;
        row.FirstName = record.FirstName;
        row.LastName = record.LastName;
        row.CompanyName = record.CompanyName;
        row.DisplayName = record.DisplayName;
        row.Emails = Join(record.Emails);
        row.Phones = Join(record.Phones);
        row.Vins = Join(record.Vehicles.Select(v => ContactNormalizer.Vin(v.Vin)));
        row.ForeignIds = Join(record.ForeignIds.Concat(record.AlternateIds));
        row.SearchText = CustomerSearchText.Build(record);
        row.AddressLine1 = record.Address?.Line1;
        row.City = record.Address?.City;
        row.State = record.Address?.State;
        row.PostalCode = record.Address?.PostalCode;
        row.DateOfBirthHash = hasher.DateOfBirth(record.Sensitive?.DateOfBirth);
        row.LicenceHash = hasher.Licence(record.Sensitive?.LicenceNumber);
        row.LastModifiedUtc = record.LastModifiedUtc;
        row.VersionToken = record.VersionToken;
        row.Disabled = record.Disabled;
        row.DoNotContact = record.DoNotContact;
        row.MergedIntoExternalId = record.MergedIntoExternalId;
        // A record merged into another (Cova) is gone from the vendor's point of view, though it is still listed.
        row.Deleted = record.MergedIntoExternalId is not null;
        row.SnapshotJson = JsonSerializer.Serialize(record with { Sensitive = null }, SnapshotJson);
        return row;
    }

    /// <summary>The index's copy of a record (never with sensitive values).</summary>
    public static CustomerRecord? Snapshot(IndexedCustomer row) =>
        JsonSerializer.Deserialize<CustomerRecord>(row.SnapshotJson, SnapshotJson);

    private static string Join(IEnumerable<string?> values) =>
        string.Join(' ', values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.OrdinalIgnoreCase));
}
