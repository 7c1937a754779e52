using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Vendors.MyKaarma;

/// <summary>getCustomerProfileData: the 200 answer.</summary>
public sealed record MyKaarmaProfileResponse : MyKaarmaEnvelope
{
    [JsonPropertyName("customerProfileDataRequestDTO")]
    public MyKaarmaProfileData? CustomerProfileDataRequestDto { get; init; }
}

/// <summary>getCustomerProfileData: customerProfileDataRequestDTO (one view request: a customer, a vehicle, vault items).</summary>
public sealed record MyKaarmaProfileData
{
    [JsonPropertyName("customerInfo")]
    public MyKaarmaCustomerInfo? CustomerInfo { get; init; }

    [JsonPropertyName("dealerInfo")]
    public MyKaarmaDealerInfo? DealerInfo { get; init; }

    [JsonPropertyName("vehicleInfo")]
    public MyKaarmaVehicle? VehicleInfo { get; init; }

    [JsonPropertyName("vaultDataRequestUUID")]
    public string? VaultDataRequestUuid { get; init; }

    [JsonPropertyName("items")]
    public IReadOnlyList<MyKaarmaItem>? Items { get; init; }

    [JsonPropertyName("departmentUuid")]
    public string? DepartmentUuid { get; init; }

    /// <summary>Free-form string map ("property name*": string); values are kept raw so an odd type cannot fail the read.</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyDictionary<string, JsonElement>? Attributes { get; init; }
}

public sealed record MyKaarmaCustomerInfo
{
    [JsonPropertyName("id")]
    public long? Id { get; init; }

    [JsonPropertyName("fname")]
    public string? Fname { get; init; }

    [JsonPropertyName("lname")]
    public string? Lname { get; init; }

    [JsonPropertyName("customerKey")]
    public string? CustomerKey { get; init; }

    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }

    [JsonPropertyName("company")]
    public string? Company { get; init; }

    [JsonPropertyName("dealerId")]
    public long? DealerId { get; init; }

    [JsonPropertyName("communications")]
    public IReadOnlyList<MyKaarmaCommunication>? Communications { get; init; }

    [JsonPropertyName("vehicles")]
    public IReadOnlyList<MyKaarmaVehicle>? Vehicles { get; init; }

    [JsonPropertyName("secondaryCustomerData")]
    public IReadOnlyList<MyKaarmaSecondaryCustomer>? SecondaryCustomerData { get; init; }
}

public sealed record MyKaarmaCommunication
{
    [JsonPropertyName("commValue")]
    public string? CommValue { get; init; }

    /// <summary>EMAIL, PHONE or TEXT (the emulator's values; the document shows only "string").</summary>
    [JsonPropertyName("commType")]
    public string? CommType { get; init; }

    [JsonPropertyName("commLabel")]
    public string? CommLabel { get; init; }

    [JsonPropertyName("preferred")]
    public bool? Preferred { get; init; }

    [JsonPropertyName("id")]
    public long? Id { get; init; }
}

public sealed record MyKaarmaVehicle
{
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    [JsonPropertyName("year")]
    public string? Year { get; init; }

    [JsonPropertyName("make")]
    public string? Make { get; init; }

    [JsonPropertyName("engine")]
    public string? Engine { get; init; }

    [JsonPropertyName("bodyStyle")]
    public string? BodyStyle { get; init; }

    [JsonPropertyName("trim")]
    public string? Trim { get; init; }

    [JsonPropertyName("vin")]
    public string? Vin { get; init; }

    [JsonPropertyName("id")]
    public long? Id { get; init; }

    [JsonPropertyName("isValid")]
    public bool? IsValid { get; init; }

    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }

    [JsonPropertyName("vehicleKey")]
    public string? VehicleKey { get; init; }

    [JsonPropertyName("imageUrl")]
    public string? ImageUrl { get; init; }
}

public sealed record MyKaarmaSecondaryCustomer
{
    [JsonPropertyName("fname")]
    public string? Fname { get; init; }

    [JsonPropertyName("lname")]
    public string? Lname { get; init; }

    [JsonPropertyName("customerKey")]
    public string? CustomerKey { get; init; }

    [JsonPropertyName("guid")]
    public string? Guid { get; init; }

    [JsonPropertyName("customerId")]
    public long? CustomerId { get; init; }
}

public sealed record MyKaarmaDealerInfo
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("dealerUUID")]
    public string? DealerUuid { get; init; }
}
