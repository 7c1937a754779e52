using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Portal.Vendors.Walcu.Dtos;

/// <summary>A sale lead (walcu-crm-openapi "salelead": GET /saleleads/{salelead_id}): a client interested in stock cars.</summary>
public sealed record WalcuSaleLeadDto : WalcuLeadDto
{
    [JsonPropertyName("car_list")] public IReadOnlyList<WalcuCarListItemDto>? CarList { get; init; }
    [JsonPropertyName("finance")] public WalcuFinanceDto? Finance { get; init; }
}

/// <summary>One car of a sale lead: the stock car's id and what the client asked for (kept as raw JSON).</summary>
public sealed record WalcuCarListItemDto(
    [property: JsonPropertyName("car")] JsonObject? Car,
    [property: JsonPropertyName("car_id")] string? CarId);

public sealed record WalcuFinanceDto
{
    [JsonPropertyName("rate")] public decimal? Rate { get; init; }
    /// <summary>"week", "month" or "year".</summary>
    [JsonPropertyName("period_unit")] public string? PeriodUnit { get; init; }
    [JsonPropertyName("duration")] public int? Duration { get; init; }
    [JsonPropertyName("payment_value")] public decimal? PaymentValue { get; init; }
    [JsonPropertyName("yearly_mileage")] public long? YearlyMileage { get; init; }
    [JsonPropertyName("down_payment")] public decimal? DownPayment { get; init; }
    [JsonPropertyName("finance_type")] public string? FinanceType { get; init; }
    [JsonPropertyName("_id")] public string? Id { get; init; }
}
