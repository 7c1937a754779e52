using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Vendors.Cova;

/// <summary>CustomerFull: Address. Cova sends overlapping fields (AddressLine1/StreetAddress1, City/Locality, Zip/PostalCode).</summary>
public sealed record CovaAddress
{
    [JsonPropertyName("AddressLine1")] public string? AddressLine1 { get; init; }
    [JsonPropertyName("AddressLine2")] public string? AddressLine2 { get; init; }
    [JsonPropertyName("City")] public string? City { get; init; }
    [JsonPropertyName("StateName")] public string? StateName { get; init; }
    [JsonPropertyName("CountryName")] public string? CountryName { get; init; }

    /// <summary>Documented as an integer, which cannot hold a leading zero or a Canadian code: kept raw.</summary>
    [JsonPropertyName("Zip")] public JsonElement? Zip { get; init; }
    [JsonPropertyName("Id")] public string? Id { get; init; }
    [JsonPropertyName("CustomerId")] public string? CustomerId { get; init; }
    [JsonPropertyName("AddressTypeId")] public int? AddressTypeId { get; init; }
    [JsonPropertyName("AddressType")] public string? AddressType { get; init; }
    [JsonPropertyName("Default")] public bool? Default { get; init; }
    [JsonPropertyName("DoNotContact")] public bool? DoNotContact { get; init; }
    [JsonPropertyName("CountryCode")] public string? CountryCode { get; init; }
    [JsonPropertyName("Country")] public string? Country { get; init; }
    [JsonPropertyName("Locality")] public string? Locality { get; init; }
    [JsonPropertyName("StateCode")] public string? StateCode { get; init; }
    [JsonPropertyName("State")] public string? State { get; init; }
    [JsonPropertyName("PostalCode")] public string? PostalCode { get; init; }
    [JsonPropertyName("PostOfficeBoxNumber")] public string? PostOfficeBoxNumber { get; init; }
    [JsonPropertyName("StreetAddress1")] public string? StreetAddress1 { get; init; }
    [JsonPropertyName("Notes")] public string? Notes { get; init; }
    [JsonPropertyName("StreetAddress2")] public string? StreetAddress2 { get; init; }
    [JsonPropertyName("Version")] public long? Version { get; init; }
    [JsonPropertyName("AttentionTo")] public string? AttentionTo { get; init; }
    [JsonPropertyName("Phone")] public string? Phone { get; init; }
    [JsonPropertyName("Email")] public string? Email { get; init; }
}

/// <summary>CustomerFull: ContactMethod (an e-mail or a phone number, told apart by its category).</summary>
public sealed record CovaContactMethod
{
    [JsonPropertyName("Value")] public string? Value { get; init; }
    [JsonPropertyName("Id")] public string? Id { get; init; }
    [JsonPropertyName("CustomerId")] public string? CustomerId { get; init; }
    [JsonPropertyName("ContactMethodCategoryId")] public int? ContactMethodCategoryId { get; init; }
    [JsonPropertyName("ContactMethodCategory")] public string? ContactMethodCategory { get; init; }
    [JsonPropertyName("ContactMethodTypeId")] public int? ContactMethodTypeId { get; init; }
    [JsonPropertyName("ContactMethodType")] public string? ContactMethodType { get; init; }
    [JsonPropertyName("DoNotContact")] public bool? DoNotContact { get; init; }
    [JsonPropertyName("Default")] public bool? Default { get; init; }
    [JsonPropertyName("Notes")] public string? Notes { get; init; }
    [JsonPropertyName("Version")] public long? Version { get; init; }
}

/// <summary>CustomerFull: CustomerExtension (a typed extra value such as a loyalty number).</summary>
public sealed record CovaCustomerExtension
{
    [JsonPropertyName("Value")] public string? Value { get; init; }
    [JsonPropertyName("Id")] public string? Id { get; init; }
    [JsonPropertyName("CustomerId")] public string? CustomerId { get; init; }
    [JsonPropertyName("ExtensionTypeId")] public int? ExtensionTypeId { get; init; }
    [JsonPropertyName("ExtensionType")] public string? ExtensionType { get; init; }
    [JsonPropertyName("ExtensionTypeFeature")] public string? ExtensionTypeFeature { get; init; }
    [JsonPropertyName("Version")] public long? Version { get; init; }
}
