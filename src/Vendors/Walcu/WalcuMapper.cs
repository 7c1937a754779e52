using Portal.Vendors.Model;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.Vendors.Walcu;

/// <summary>
/// Walcu records in the portal's common shapes. Walcu data is untrusted input: a record without an _id maps to
/// null, every other field may be missing. The client's name comes from the primary contact (else the first one).
/// </summary>
public static class WalcuMapper
{
    public static CustomerRecord? ToCustomer(WalcuClientDto client, int connectionId)
    {
        if (string.IsNullOrWhiteSpace(client.Id))
        {
            return null;
        }
        var contact = client.PrimaryContact ?? client.Contacts?.FirstOrDefault(c => c is not null);
        var (first, last) = NameOf(contact?.Name);
        var contacts = (client.Contacts ?? []).Where(c => c is not null).Prepend(client.PrimaryContact).OfType<WalcuContactPersonDto>().ToList();
        var business = client.BusinessDetails is { IsBusiness: true } b ? b : null;
        return new CustomerRecord(Source(client.Id, connectionId))
        {
            FirstName = first,
            LastName = last,
            CompanyName = Clean(business?.Name),
            Emails = ContactNormalizer.Emails(contacts.SelectMany(c => c.Emails ?? []).Concat(client.ContactsEmails ?? []).Concat(business?.Emails ?? [])),
            Phones = ContactNormalizer.Phones(contacts.SelectMany(c => c.Phones ?? []).Concat(client.ContactsPhones ?? []).Concat(business?.Phones ?? [])),
            Address = ToAddress(client.Address),
            CreatedUtc = client.CreatedAt,
            LastModifiedUtc = client.UpdatedAt,
            VersionToken = client.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ForeignIds = Distinct(client.ForeignIds ?? []),
            Sensitive = Clean(contact?.GovernmentId) is { } licence ? new SensitiveCustomerData { LicenceNumber = licence } : null,
        };
    }

    public static VehicleRecord ToVehicle(WalcuVehicleDto vehicle, int connectionId) =>
        new(ContactNormalizer.Vin(vehicle.Vin), vehicle.ModelYear is > 0 ? vehicle.ModelYear : vehicle.Year is > 0 ? vehicle.Year : null, Clean(vehicle.Make), Clean(vehicle.Model),
            Clean(vehicle.VersionName), string.IsNullOrWhiteSpace(vehicle.Id) ? null : Source(vehicle.Id, connectionId));

    public static OrderRecord? ToOrder(WalcuRepairOrderDto order, int connectionId) =>
        string.IsNullOrWhiteSpace(order.Id) ? null : new OrderRecord(Source(order.Id, connectionId), "repair-order")
        {
            Number = Clean(order.RepairOrderNumber),
            Customer = string.IsNullOrWhiteSpace(order.ClientId) ? null : Source(order.ClientId, connectionId),
            DateUtc = order.Date,
            Status = order.Finished == true ? OrderStatus.Closed : OrderStatus.Open,
            VendorStatus = order.Finished == true ? "finished" : "open",
            Description = DescriptionOf(order),
            Amount = order.Invoices is { Count: > 0 } invoices ? invoices.Sum(i => i?.Price ?? 0) : null,
        };

    public static OrderRecord? ToOrder(WalcuOfferDto offer, int connectionId) =>
        string.IsNullOrWhiteSpace(offer.Id) ? null : new OrderRecord(Source(offer.Id, connectionId), "offer")
        {
            Customer = string.IsNullOrWhiteSpace(offer.ClientId) ? null : Source(offer.ClientId, connectionId),
            DateUtc = offer.CreatedAt,
            Status = offer.Status?.ToLowerInvariant() switch
            {
                "draft" => OrderStatus.Draft,
                "sent" or "finalized" => OrderStatus.Submitted,
                "signed" => OrderStatus.Closed,
                "rejected" => OrderStatus.Revoked,
                _ => OrderStatus.Other,
            },
            VendorStatus = offer.Status,
            Description = offer.LeadType is { } type ? $"Offer on a {type}" : "Offer",
        };

    public static PostalAddress? ToAddress(WalcuAddressDto? address)
    {
        if (address is null)
        {
            return null;
        }
        var line1 = Clean(string.Join(' ', new[] { address.StreetNumber, address.Route }.Where(s => !string.IsNullOrWhiteSpace(s))));
        var result = new PostalAddress(line1, Clean(address.AddressDetails), Clean(address.Locality), Clean(address.AreaLevel1),
            Clean(address.PostalCode), Clean(address.Country));
        return result is { Line1: null, City: null, PostalCode: null } ? null : result;
    }

    private static (string? First, string? Last) NameOf(WalcuPersonNameDto? name)
    {
        var (first, last) = (Clean(name?.FirstName), Clean(name?.LastName));
        if (first is null && last is null && Clean(name?.RawName) is { } raw)
        {
            var cut = raw.LastIndexOf(' ');
            return cut > 0 ? (raw[..cut].Trim(), raw[(cut + 1)..]) : (null, raw);
        }
        return (first, last);
    }

    private static string? DescriptionOf(WalcuRepairOrderDto order)
    {
        var jobs = (order.Invoices ?? []).SelectMany(i => i?.Jobs ?? []).Select(j => Clean(j?.Description)).OfType<string>().ToList();
        return jobs.Count > 0 ? string.Join("; ", jobs) : Clean(order.Type);
    }

    private static SourceRef Source(string id, int connectionId) => new(VendorKind.Walcu, connectionId, id);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Distinct(IEnumerable<string?> values) =>
        values.Select(Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
