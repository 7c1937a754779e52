using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Vendors.Http;

/// <summary>
/// JSON settings for vendor payloads: DTOs name every field with [JsonPropertyName] exactly as the vendor does;
/// unknown fields are ignored, numbers sent as strings are accepted, nulls are fine.
/// </summary>
public static class VendorJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
