using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Portal.Vendors.Walcu.Dtos;

/// <summary>
/// The fields every Walcu record carries (walcu-crm-openapi: every schema ends with these). Walcu is a MongoDB
/// API: <c>_id</c> is an ObjectId, <c>__v</c> the document version. <c>computed</c> is derived by Walcu and never
/// written, so it is kept as raw JSON; fields the document does not list are kept in <see cref="Extra"/> so a
/// read-modify-PUT never drops them.
/// </summary>
public abstract record WalcuDocumentDto
{
    [JsonPropertyName("_id")] public string? Id { get; init; }
    [JsonPropertyName("foreign_ids")] public IReadOnlyList<string>? ForeignIds { get; init; }
    [JsonPropertyName("updated_by")] public string? UpdatedBy { get; init; }
    [JsonPropertyName("dealer_id")] public string? DealerId { get; init; }
    /// <summary>Documented as a string; tenants' custom fields, kept as whatever JSON Walcu sends.</summary>
    [JsonPropertyName("custom")] public JsonNode? Custom { get; init; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; init; }
    [JsonPropertyName("computed")] public JsonObject? Computed { get; init; }
    [JsonPropertyName("__v")] public long? Version { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>An <c>external_ids</c> element (vehicles).</summary>
public sealed record WalcuExternalIdDto(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("attribute")] string? Attribute,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("_id")] string? Id);

/// <summary>A <c>notification</c> (leads, offers).</summary>
public sealed record WalcuNotificationDto
{
    [JsonPropertyName("notify_at")] public DateTimeOffset? NotifyAt { get; init; }
    [JsonPropertyName("notify_to")] public IReadOnlyList<string>? NotifyTo { get; init; }
    [JsonPropertyName("done")] public bool? Done { get; init; }
    [JsonPropertyName("done_at")] public DateTimeOffset? DoneAt { get; init; }
    [JsonPropertyName("done_by")] public string? DoneBy { get; init; }
    [JsonPropertyName("_id")] public string? Id { get; init; }
}
