using System.Text.Json.Serialization;

namespace Portal.Vendors.Walcu.Dtos;

/// <summary>A workshop repair order (walcu-crm-openapi "repairorder": GET /repairorders/{repairorder_id}).</summary>
public sealed record WalcuRepairOrderDto : WalcuDocumentDto
{
    [JsonPropertyName("repair_order_number")] public string? RepairOrderNumber { get; init; }
    [JsonPropertyName("date")] public DateTimeOffset? Date { get; init; }
    [JsonPropertyName("mileage")] public long? Mileage { get; init; }
    [JsonPropertyName("invoices")] public IReadOnlyList<WalcuInvoiceDto>? Invoices { get; init; }
    [JsonPropertyName("client_id")] public string? ClientId { get; init; }
    [JsonPropertyName("contact_id")] public string? ContactId { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("finished")] public bool? Finished { get; init; }
    [JsonPropertyName("vehicle_handed_back")] public bool? VehicleHandedBack { get; init; }
    [JsonPropertyName("car_info")] public WalcuCarInfoDto? CarInfo { get; init; }
    [JsonPropertyName("location")] public string? Location { get; init; }
}

public sealed record WalcuCarInfoDto(
    [property: JsonPropertyName("vin")] string? Vin,
    [property: JsonPropertyName("license_plate")] string? LicensePlate,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuInvoiceDto(
    [property: JsonPropertyName("invoice_number")] string? InvoiceNumber,
    [property: JsonPropertyName("price")] decimal? Price,
    [property: JsonPropertyName("jobs")] IReadOnlyList<WalcuJobDto>? Jobs,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuJobDto(
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("category")] string? Category,
    [property: JsonPropertyName("parts")] IReadOnlyList<WalcuPartDto>? Parts,
    [property: JsonPropertyName("labors")] IReadOnlyList<WalcuLaborDto>? Labors,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuPartDto(
    [property: JsonPropertyName("part_id")] string? PartId,
    [property: JsonPropertyName("part_description")] string? PartDescription,
    [property: JsonPropertyName("price")] decimal? Price,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuLaborDto(
    [property: JsonPropertyName("labor_id")] string? LaborId,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("price")] decimal? Price,
    [property: JsonPropertyName("_id")] string? Id);
