using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Vendors.Drivly;

/// <summary>
/// The customer's address relationship: only its id at depth 0 (as the document's example shows, "address": 123),
/// the address document at depth 1 or more (its fields are our assumption: the document does not show them).
/// </summary>
public sealed record DrivlyAddress
{
    [JsonPropertyName("id")] [JsonConverter(typeof(DrivlyIdConverter))] public string? Id { get; init; }
    [JsonPropertyName("line1")] public string? Line1 { get; init; }
    [JsonPropertyName("line2")] public string? Line2 { get; init; }
    [JsonPropertyName("city")] public string? City { get; init; }
    [JsonPropertyName("state")] public string? State { get; init; }
    [JsonPropertyName("zip")] public string? Zip { get; init; }
    [JsonPropertyName("country")] public string? Country { get; init; }
}

/// <summary>Reads the address relationship as an id (number or string) or as the populated document.</summary>
public sealed class DrivlyAddressConverter : JsonConverter<DrivlyAddress?>
{
    public override DrivlyAddress? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.StartObject
            ? JsonSerializer.Deserialize<DrivlyAddress>(ref reader, options)
            : DrivlyIdConverter.ReadOne(ref reader) is { } id ? new DrivlyAddress { Id = id } : null;

    public override void Write(Utf8JsonWriter writer, DrivlyAddress? value, JsonSerializerOptions options)
    {
        if (value is { Line1: null, City: null })
        {
            DrivlyIdConverter.WriteOne(writer, value.Id);
            return;
        }
        JsonSerializer.Serialize(writer, value, options);
    }
}
