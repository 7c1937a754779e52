using System.Text.Json.Serialization;

namespace Portal.Vendors.Walcu.Dtos;

/// <summary>What sale leads and after-sale leads share (walcu-crm-openapi "salelead", "aftersalelead").</summary>
public abstract record WalcuLeadDto : WalcuDocumentDto
{
    [JsonPropertyName("status_history")] public IReadOnlyList<WalcuStatusHistoryDto>? StatusHistory { get; init; }
    [JsonPropertyName("status")] public WalcuStatusDto? Status { get; init; }
    [JsonPropertyName("notification")] public WalcuNotificationDto? Notification { get; init; }
    [JsonPropertyName("bulk_import_ids")] public IReadOnlyList<string>? BulkImportIds { get; init; }
    [JsonPropertyName("lead_import_ids")] public IReadOnlyList<string>? LeadImportIds { get; init; }
    [JsonPropertyName("links")] public IReadOnlyList<string>? Links { get; init; }
    [JsonPropertyName("origin")] public WalcuOriginDto? Origin { get; init; }
    [JsonPropertyName("inquiry")] public string? Inquiry { get; init; }
    [JsonPropertyName("provider")] public WalcuLeadProviderDto? Provider { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("location")] public string? Location { get; init; }
    [JsonPropertyName("email_id")] public string? EmailId { get; init; }
    [JsonPropertyName("imported_from")] public string? ImportedFrom { get; init; }
    [JsonPropertyName("assigned")] public IReadOnlyList<WalcuAssignmentDto>? Assigned { get; init; }
    [JsonPropertyName("current_assigned")] public WalcuAssignmentDto? CurrentAssigned { get; init; }
    [JsonPropertyName("created_by")] public string? CreatedBy { get; init; }
    [JsonPropertyName("client_id")] public string? ClientId { get; init; }
    [JsonPropertyName("investments")] public IReadOnlyList<WalcuInvestmentDto>? Investments { get; init; }
    [JsonPropertyName("cost")] public decimal? Cost { get; init; }
}

/// <summary>A lead's or car's status (status name plus an optional substatus).</summary>
public sealed record WalcuStatusDto(
    [property: JsonPropertyName("assigned_at")] DateTimeOffset? AssignedAt,
    [property: JsonPropertyName("user")] string? User,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("substatus")] WalcuSubstatusDto? Substatus,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuStatusHistoryDto(
    [property: JsonPropertyName("assigned_at")] DateTimeOffset? AssignedAt,
    [property: JsonPropertyName("user")] string? User,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("substatus_history")] IReadOnlyList<WalcuSubstatusDto>? SubstatusHistory,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuSubstatusDto(
    [property: JsonPropertyName("substatus")] string? Substatus,
    [property: JsonPropertyName("user")] string? User,
    [property: JsonPropertyName("assigned_at")] DateTimeOffset? AssignedAt,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuOriginDto(
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("medium")] string? Medium,
    [property: JsonPropertyName("campaign")] string? Campaign,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuLeadProviderDto(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuAssignmentDto(
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("at")] DateTimeOffset? At,
    [property: JsonPropertyName("by")] string? By,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuInvestmentDto(
    [property: JsonPropertyName("provider_id")] string? ProviderId,
    [property: JsonPropertyName("investment_id")] string? InvestmentId,
    [property: JsonPropertyName("cycle_id")] string? CycleId,
    [property: JsonPropertyName("cost")] decimal? Cost,
    [property: JsonPropertyName("_id")] string? Id);
