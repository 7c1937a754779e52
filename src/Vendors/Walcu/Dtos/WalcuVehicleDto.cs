using System.Text.Json.Serialization;

namespace Portal.Vendors.Walcu.Dtos;

/// <summary>The vehicle description shared by stock cars (<c>car</c>) and clients' vehicles (<c>clientvehicle</c>).</summary>
public abstract record WalcuVehicleDto : WalcuDocumentDto
{
    [JsonPropertyName("external_ids")] public IReadOnlyList<WalcuExternalIdDto>? ExternalIds { get; init; }
    [JsonPropertyName("provider_codes")] public WalcuProviderCodesDto? ProviderCodes { get; init; }
    [JsonPropertyName("ad_urls")] public IReadOnlyList<string>? AdUrls { get; init; }
    [JsonPropertyName("make")] public string? Make { get; init; }
    [JsonPropertyName("model")] public string? Model { get; init; }
    [JsonPropertyName("model_year")] public int? ModelYear { get; init; }
    /// <summary>Trim or version name.</summary>
    [JsonPropertyName("version")] public string? VersionName { get; init; }
    [JsonPropertyName("license_plate")] public string? LicensePlate { get; init; }
    [JsonPropertyName("location")] public string? Location { get; init; }
    [JsonPropertyName("mileage")] public long? Mileage { get; init; }
    [JsonPropertyName("month")] public int? Month { get; init; }
    /// <summary>Registration year (model_year is the model's).</summary>
    [JsonPropertyName("year")] public int? Year { get; init; }
    [JsonPropertyName("warranty_months")] public int? WarrantyMonths { get; init; }
    [JsonPropertyName("vin")] public string? Vin { get; init; }
    [JsonPropertyName("fuel")] public string? Fuel { get; init; }
    [JsonPropertyName("transmission")] public string? Transmission { get; init; }
    [JsonPropertyName("power")] public double? Power { get; init; }
    [JsonPropertyName("fiscal_power")] public double? FiscalPower { get; init; }
    [JsonPropertyName("images")] public IReadOnlyList<string>? Images { get; init; }
    [JsonPropertyName("doors")] public int? Doors { get; init; }
    [JsonPropertyName("seats")] public int? Seats { get; init; }
    [JsonPropertyName("body_style")] public string? BodyStyle { get; init; }
    [JsonPropertyName("color")] public string? Color { get; init; }
    [JsonPropertyName("engine_size")] public double? EngineSize { get; init; }
    [JsonPropertyName("engine_serial_number")] public string? EngineSerialNumber { get; init; }
    [JsonPropertyName("extras")] public IReadOnlyList<string>? Extras { get; init; }
    /// <summary>"new" or "used".</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }
    /// <summary>"car", "motorbike", "van" or "truck".</summary>
    [JsonPropertyName("category")] public string? Category { get; init; }
    [JsonPropertyName("equipment")] public IReadOnlyList<WalcuEquipmentDto>? Equipment { get; init; }
    [JsonPropertyName("co2_emissions")] public double? Co2Emissions { get; init; }
    [JsonPropertyName("data_provider_id")] public string? DataProviderId { get; init; }
    [JsonPropertyName("weights")] public WalcuWeightsDto? Weights { get; init; }
}

public sealed record WalcuProviderCodesDto(
    [property: JsonPropertyName("eurotax")] string? Eurotax,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuWeightsDto(
    [property: JsonPropertyName("gross")] double? Gross,
    [property: JsonPropertyName("dry")] double? Dry,
    [property: JsonPropertyName("curb")] double? Curb,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuEquipmentDto
{
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("code")] public string? Code { get; init; }
    [JsonPropertyName("price")] public decimal? Price { get; init; }
    [JsonPropertyName("category")] public string? Category { get; init; }
    [JsonPropertyName("optional")] public bool? Optional { get; init; }
    [JsonPropertyName("package_items")] public IReadOnlyList<WalcuPackageItemDto>? PackageItems { get; init; }
    [JsonPropertyName("custom")] public System.Text.Json.Nodes.JsonNode? Custom { get; init; }
    [JsonPropertyName("_id")] public string? Id { get; init; }
}

public sealed record WalcuPackageItemDto(
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("_id")] string? Id);
