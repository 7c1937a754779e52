using System.Text.Json.Serialization;

namespace Portal.Vendors.Walcu.Dtos;

/// <summary>A vehicle a client owns or drives (walcu-crm-openapi "clientvehicle": GET /clientvehicles/{id}).</summary>
public sealed record WalcuClientVehicleDto : WalcuVehicleDto
{
    [JsonPropertyName("bulk_import_ids")] public IReadOnlyList<string>? BulkImportIds { get; init; }
    [JsonPropertyName("lead_import_ids")] public IReadOnlyList<string>? LeadImportIds { get; init; }
    /// <summary>Who owned it and when; the element without <c>to_date</c> is the current owner.</summary>
    [JsonPropertyName("owner_history")] public IReadOnlyList<WalcuHolderPeriodDto>? OwnerHistory { get; init; }
    [JsonPropertyName("driver_history")] public IReadOnlyList<WalcuHolderPeriodDto>? DriverHistory { get; init; }
    [JsonPropertyName("declared_mileage_history")] public IReadOnlyList<WalcuDeclaredMileageDto>? DeclaredMileageHistory { get; init; }
}

public sealed record WalcuHolderPeriodDto(
    [property: JsonPropertyName("client_id")] string? ClientId,
    [property: JsonPropertyName("contact_id")] string? ContactId,
    [property: JsonPropertyName("from_date")] DateTimeOffset? FromDate,
    [property: JsonPropertyName("to_date")] DateTimeOffset? ToDate,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuDeclaredMileageDto(
    [property: JsonPropertyName("date")] DateTimeOffset? Date,
    [property: JsonPropertyName("mileage")] long? Mileage,
    [property: JsonPropertyName("_id")] string? Id);
