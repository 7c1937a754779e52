using System.Text.Json.Serialization;

namespace Portal.Vendors.Walcu.Dtos;

/// <summary>An after-sale (service) lead (walcu-crm-openapi "aftersalelead"): about one of the client's vehicles.</summary>
public sealed record WalcuAfterSaleLeadDto : WalcuLeadDto
{
    /// <summary>The client vehicle (<c>clientvehicle._id</c>) the lead is about.</summary>
    [JsonPropertyName("vehicle_id")] public string? VehicleId { get; init; }
}
