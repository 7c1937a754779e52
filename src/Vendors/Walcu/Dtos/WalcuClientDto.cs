using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Portal.Vendors.Walcu.Dtos;

/// <summary>A Walcu client (walcu-crm-openapi "client": GET/PATCH/PUT /clients/{client_id}).</summary>
public sealed record WalcuClientDto : WalcuDocumentDto
{
    [JsonPropertyName("address")] public WalcuAddressDto? Address { get; init; }
    [JsonPropertyName("contacts")] public IReadOnlyList<WalcuContactPersonDto>? Contacts { get; init; }
    [JsonPropertyName("primary_contact")] public WalcuContactPersonDto? PrimaryContact { get; init; }
    [JsonPropertyName("business_details")] public WalcuBusinessDetailsDto? BusinessDetails { get; init; }
    [JsonPropertyName("contacts_emails")] public IReadOnlyList<string>? ContactsEmails { get; init; }
    [JsonPropertyName("contacts_phones")] public IReadOnlyList<string>? ContactsPhones { get; init; }
    [JsonPropertyName("contacts_names")] public IReadOnlyList<string>? ContactsNames { get; init; }
    /// <summary>Sensitive: the contacts' government ids.</summary>
    [JsonPropertyName("contacts_government_ids")] public IReadOnlyList<string>? ContactsGovernmentIds { get; init; }
    [JsonPropertyName("created_by")] public string? CreatedBy { get; init; }
    [JsonPropertyName("pinned_note_id")] public string? PinnedNoteId { get; init; }
    [JsonPropertyName("bulk_import_ids")] public IReadOnlyList<string>? BulkImportIds { get; init; }
    [JsonPropertyName("lead_import_ids")] public IReadOnlyList<string>? LeadImportIds { get; init; }
}

/// <summary>A client's postal address, split the way Google Places does (route, street_number, area levels).</summary>
public sealed record WalcuAddressDto
{
    [JsonPropertyName("coordinates")] public WalcuCoordinatesDto? Coordinates { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("place_id")] public string? PlaceId { get; init; }
    [JsonPropertyName("country")] public string? Country { get; init; }
    /// <summary>State or region.</summary>
    [JsonPropertyName("area_level_1")] public string? AreaLevel1 { get; init; }
    [JsonPropertyName("area_level_2")] public string? AreaLevel2 { get; init; }
    [JsonPropertyName("area_level_3")] public string? AreaLevel3 { get; init; }
    [JsonPropertyName("postal_code")] public string? PostalCode { get; init; }
    /// <summary>City.</summary>
    [JsonPropertyName("locality")] public string? Locality { get; init; }
    /// <summary>Street name.</summary>
    [JsonPropertyName("route")] public string? Route { get; init; }
    [JsonPropertyName("street_number")] public string? StreetNumber { get; init; }
    /// <summary>Apartment, suite, floor.</summary>
    [JsonPropertyName("address_details")] public string? AddressDetails { get; init; }
    [JsonPropertyName("_id")] public string? Id { get; init; }
}

public sealed record WalcuCoordinatesDto(
    [property: JsonPropertyName("lat")] double? Lat,
    [property: JsonPropertyName("lng")] double? Lng,
    [property: JsonPropertyName("_id")] string? Id);

/// <summary>A contact person embedded in a client (<c>contacts[]</c>, <c>primary_contact</c>).</summary>
public sealed record WalcuContactPersonDto
{
    [JsonPropertyName("_id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public WalcuPersonNameDto? Name { get; init; }
    [JsonPropertyName("phones")] public IReadOnlyList<string>? Phones { get; init; }
    [JsonPropertyName("emails")] public IReadOnlyList<string>? Emails { get; init; }
    /// <summary>Sensitive. US tenants keep the driver's licence number here (see docs/vendor-assumptions/walcu.md).</summary>
    [JsonPropertyName("government_id")] public string? GovernmentId { get; init; }
    [JsonPropertyName("custom")] public JsonNode? Custom { get; init; }
}

public sealed record WalcuPersonNameDto
{
    [JsonPropertyName("first_name")] public string? FirstName { get; init; }
    [JsonPropertyName("last_name")] public string? LastName { get; init; }
    /// <summary>"male" or "female".</summary>
    [JsonPropertyName("gender")] public string? Gender { get; init; }
    [JsonPropertyName("salutation")] public string? Salutation { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("raw_name")] public string? RawName { get; init; }
    [JsonPropertyName("parsed")] public bool? Parsed { get; init; }
    [JsonPropertyName("_id")] public string? Id { get; init; }
}

public sealed record WalcuBusinessDetailsDto
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("phones")] public IReadOnlyList<string>? Phones { get; init; }
    [JsonPropertyName("emails")] public IReadOnlyList<string>? Emails { get; init; }
    [JsonPropertyName("tax_id")] public string? TaxId { get; init; }
    [JsonPropertyName("website")] public string? Website { get; init; }
    [JsonPropertyName("is_business")] public bool? IsBusiness { get; init; }
    [JsonPropertyName("custom")] public JsonNode? Custom { get; init; }
    [JsonPropertyName("_id")] public string? Id { get; init; }
}
