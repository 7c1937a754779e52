using System.Text.Json.Serialization;

namespace Portal.Vendors.Walcu.Dtos;

/// <summary>A Walcu contact record (walcu-crm-openapi "contact": GET /contacts): a client's contact person.</summary>
public sealed record WalcuContactDto : WalcuDocumentDto
{
    [JsonPropertyName("name")] public WalcuPersonNameDto? Name { get; init; }
    [JsonPropertyName("phones")] public IReadOnlyList<string>? Phones { get; init; }
    [JsonPropertyName("emails")] public IReadOnlyList<string>? Emails { get; init; }
    /// <summary>Sensitive.</summary>
    [JsonPropertyName("government_id")] public string? GovernmentId { get; init; }
    [JsonPropertyName("client_id")] public string? ClientId { get; init; }
    [JsonPropertyName("bulk_import_ids")] public IReadOnlyList<string>? BulkImportIds { get; init; }
    [JsonPropertyName("lead_import_ids")] public IReadOnlyList<string>? LeadImportIds { get; init; }
}
