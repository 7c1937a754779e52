using System.Text.Json.Serialization;

namespace Portal.Vendors.Walcu.Dtos;

/// <summary>A car in the dealer's stock (walcu-crm-openapi "car": GET /cars/{car_id}); sale leads point at it.</summary>
public sealed record WalcuCarDto : WalcuVehicleDto
{
    [JsonPropertyName("status_history")] public IReadOnlyList<WalcuStatusHistoryDto>? StatusHistory { get; init; }
    [JsonPropertyName("status")] public WalcuStatusDto? Status { get; init; }
    [JsonPropertyName("dealer_ad_url")] public string? DealerAdUrl { get; init; }
    [JsonPropertyName("prices")] public WalcuPricesDto? Prices { get; init; }
    [JsonPropertyName("stock_number")] public string? StockNumber { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("purchase_date")] public DateTimeOffset? PurchaseDate { get; init; }
    [JsonPropertyName("unpublished_at")] public DateTimeOffset? UnpublishedAt { get; init; }
    [JsonPropertyName("published")] public bool? Published { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
}

public sealed record WalcuPricesDto
{
    [JsonPropertyName("retail")] public WalcuPriceSeriesDto? Retail { get; init; }
    [JsonPropertyName("financed")] public WalcuPriceSeriesDto? Financed { get; init; }
    [JsonPropertyName("wholesale")] public WalcuPriceSeriesDto? Wholesale { get; init; }
    [JsonPropertyName("new")] public WalcuPriceSeriesDto? New { get; init; }
    [JsonPropertyName("export")] public WalcuPriceSeriesDto? Export { get; init; }
    [JsonPropertyName("purchase")] public WalcuPriceSeriesDto? Purchase { get; init; }
    [JsonPropertyName("_id")] public string? Id { get; init; }
}

public sealed record WalcuPriceSeriesDto(
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("current_price")] WalcuPriceDto? CurrentPrice,
    [property: JsonPropertyName("previous_prices")] IReadOnlyList<WalcuPriceDto>? PreviousPrices,
    [property: JsonPropertyName("_id")] string? Id);

public sealed record WalcuPriceDto(
    [property: JsonPropertyName("price")] decimal? Price,
    [property: JsonPropertyName("currency")] string? Currency,
    [property: JsonPropertyName("vat_substractable")] bool? VatSubstractable,
    [property: JsonPropertyName("vat_percent")] decimal? VatPercent,
    [property: JsonPropertyName("created_at")] DateTimeOffset? CreatedAt,
    [property: JsonPropertyName("_id")] string? Id);
