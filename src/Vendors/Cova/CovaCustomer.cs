using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Vendors.Cova;

/// <summary>
/// CustomerFull (cova-customer-full): CustomersByLastModifedDateReturn, one customer with its addresses, contact
/// methods and extensions. Fields the document types as "Object" are kept raw (<see cref="JsonElement"/>).
/// </summary>
public sealed record CovaCustomer
{
    [JsonPropertyName("Addresses")]
    public IReadOnlyList<CovaAddress>? Addresses { get; init; }

    [JsonPropertyName("ContactMethods")]
    public IReadOnlyList<CovaContactMethod>? ContactMethods { get; init; }

    [JsonPropertyName("CustomerExtensions")]
    public IReadOnlyList<CovaCustomerExtension>? CustomerExtensions { get; init; }

    [JsonPropertyName("RelatedCustomers")]
    public IReadOnlyList<JsonElement>? RelatedCustomers { get; init; }

    [JsonPropertyName("MemberOf")]
    public IReadOnlyList<JsonElement>? MemberOf { get; init; }

    [JsonPropertyName("Documents")]
    public IReadOnlyList<JsonElement>? Documents { get; init; }

    /// <summary>Customers merged into this one (the survivor); element shape undocumented.</summary>
    [JsonPropertyName("MergedCustomers")]
    public IReadOnlyList<JsonElement>? MergedCustomers { get; init; }

    /// <summary>The first name.</summary>
    [JsonPropertyName("PrimaryName")]
    public string? PrimaryName { get; init; }

    [JsonPropertyName("Title")]
    public string? Title { get; init; }

    [JsonPropertyName("AlternateName")]
    public string? AlternateName { get; init; }

    [JsonPropertyName("MiddleName")]
    public string? MiddleName { get; init; }

    [JsonPropertyName("FamilyName")]
    public string? FamilyName { get; init; }

    [JsonPropertyName("ReferralSource")]
    public string? ReferralSource { get; init; }

    [JsonPropertyName("Notes")]
    public string? Notes { get; init; }

    [JsonPropertyName("UniqueIdentifier")]
    public string? UniqueIdentifier { get; init; }

    /// <summary>A GUID, kept as text so an unexpected format cannot fail a whole page.</summary>
    [JsonPropertyName("Id")]
    public string? Id { get; init; }

    [JsonPropertyName("CustomerTypeId")]
    public int? CustomerTypeId { get; init; }

    [JsonPropertyName("CustomerType")]
    public string? CustomerType { get; init; }

    /// <summary>Sent as a date-time ("1985-03-12T00:00:00+00:00"); only its date part means anything.</summary>
    [JsonPropertyName("DateOfBirth")]
    public string? DateOfBirth { get; init; }

    [JsonPropertyName("PricingGroupId")]
    public JsonElement? PricingGroupId { get; init; }

    [JsonPropertyName("Disabled")]
    public bool? Disabled { get; init; }

    [JsonPropertyName("DoNotContact")]
    public bool? DoNotContact { get; init; }

    /// <summary>Grows on every change of the customer.</summary>
    [JsonPropertyName("Version")]
    public long? Version { get; init; }

    /// <summary>The surviving customer's Id when this one was merged; null (or an empty object) otherwise.</summary>
    [JsonPropertyName("MergedIntoCustomerId")]
    public JsonElement? MergedIntoCustomerId { get; init; }

    [JsonPropertyName("LastModifiedDateUtc")]
    [JsonConverter(typeof(CovaUtcDateConverter))]
    public DateTimeOffset? LastModifiedDateUtc { get; init; }
}
