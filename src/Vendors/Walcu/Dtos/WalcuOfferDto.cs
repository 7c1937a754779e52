using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Portal.Vendors.Walcu.Dtos;

/// <summary>An offer (quote) made to a client on a lead (walcu-crm-openapi "offer": GET /offers/{offer_id}).</summary>
public sealed record WalcuOfferDto : WalcuDocumentDto
{
    [JsonPropertyName("file_id")] public string? FileId { get; init; }
    [JsonPropertyName("notification")] public WalcuNotificationDto? Notification { get; init; }
    /// <summary>"draft", "finalized", "sent", "signed" or "rejected" (only "draft" is in the document).</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("created_by")] public string? CreatedBy { get; init; }
    [JsonPropertyName("lead_id")] public string? LeadId { get; init; }
    [JsonPropertyName("client_id")] public string? ClientId { get; init; }
    /// <summary>"salelead", "aftersalelead" or "appraisallead".</summary>
    [JsonPropertyName("lead_type")] public string? LeadType { get; init; }
    [JsonPropertyName("options")] public WalcuOfferOptionsDto? Options { get; init; }
    [JsonPropertyName("signature_data")] public WalcuSignatureDataDto? SignatureData { get; init; }
    [JsonPropertyName("signature_url")] public string? SignatureUrl { get; init; }
    [JsonPropertyName("signature_file_id")] public string? SignatureFileId { get; init; }
    [JsonPropertyName("signature_audit_file_id")] public string? SignatureAuditFileId { get; init; }
    [JsonPropertyName("template_id")] public string? TemplateId { get; init; }
    [JsonPropertyName("replacement_ids")] public JsonObject? ReplacementIds { get; init; }
    [JsonPropertyName("replaced_values")] public IReadOnlyList<WalcuReplacedValueDto>? ReplacedValues { get; init; }
    [JsonPropertyName("bulk_import_ids")] public IReadOnlyList<string>? BulkImportIds { get; init; }
    [JsonPropertyName("lead_import_ids")] public IReadOnlyList<string>? LeadImportIds { get; init; }
}

public sealed record WalcuOfferOptionsDto(
    [property: JsonPropertyName("locale")] string? Locale,
    [property: JsonPropertyName("timezone")] string? Timezone,
    [property: JsonPropertyName("auto_finalize")] bool? AutoFinalize,
    [property: JsonPropertyName("signature_provider")] string? SignatureProvider,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuSignatureDataDto(
    [property: JsonPropertyName("signaturit")] WalcuSignatureSignerDto? Signaturit,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuSignatureSignerDto(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuReplacedValueDto(
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("value")] JsonNode? Value,
    [property: JsonPropertyName("source_field")] JsonNode? SourceField,
    [property: JsonPropertyName("manually_edited")] bool? ManuallyEdited,
    [property: JsonPropertyName("model_name")] string? ModelName,
    [property: JsonPropertyName("_id")] string? Id);
