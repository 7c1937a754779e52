using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Sandbox.Cova;

// Cova's JSON as the emulator writes it: PascalCase as in the document, nulls written, independent of the client.

internal static class CovaJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

/// <summary>Sandbox customer key: a person's record, or the duplicate record that was merged into it.</summary>
internal readonly record struct CovaKey(int Index, bool Duplicate);

internal sealed record CovaWireCustomer(
    IReadOnlyList<CovaWireAddress> Addresses, IReadOnlyList<CovaWireContactMethod> ContactMethods,
    IReadOnlyList<CovaWireExtension> CustomerExtensions, IReadOnlyList<object> RelatedCustomers, IReadOnlyList<object> MemberOf,
    IReadOnlyList<object> Documents, IReadOnlyList<CovaWireMerged> MergedCustomers, string PrimaryName, string? Title,
    string? AlternateName, string? MiddleName, string FamilyName, string? ReferralSource, string? Notes, string UniqueIdentifier,
    Guid Id, int CustomerTypeId, string CustomerType, DateTimeOffset? DateOfBirth, object? PricingGroupId, bool Disabled,
    bool DoNotContact, long Version, Guid? MergedIntoCustomerId, DateTimeOffset LastModifiedDateUtc);

internal sealed record CovaWireAddress(
    string AddressLine1, string? AddressLine2, string City, string StateName, string CountryName, int? Zip, Guid Id, Guid CustomerId,
    int AddressTypeId, string AddressType, bool Default, bool DoNotContact, string CountryCode, string Country, string Locality,
    string StateCode, string State, string PostalCode, string? PostOfficeBoxNumber, string StreetAddress1, string? Notes,
    string? StreetAddress2, long Version, string? AttentionTo, string? Phone, string? Email);

internal sealed record CovaWireContactMethod(
    string Value, Guid Id, Guid CustomerId, int ContactMethodCategoryId, string ContactMethodCategory, int ContactMethodTypeId,
    string ContactMethodType, bool DoNotContact, bool Default, string? Notes, long Version);

internal sealed record CovaWireExtension(
    string Value, Guid Id, Guid CustomerId, int ExtensionTypeId, string ExtensionType, string ExtensionTypeFeature, long Version);

/// <summary>An element of MergedCustomers (documented only as "Object"; our shape).</summary>
internal sealed record CovaWireMerged(Guid Id, DateTimeOffset MergedDateUtc);

/// <summary>ASP.NET Web API's error body, which Cova's API answers with.</summary>
internal sealed record CovaWireError(string Message, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MessageDetail = null);

/// <summary>RFC 6749 token answer and error.</summary>
internal sealed record CovaWireToken(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

internal sealed record CovaWireOAuthError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);
