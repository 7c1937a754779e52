using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Vendors.Cova;

/// <summary>Reads Cova's UTC timestamps with or without an offset; one without an offset is UTC, as the field name says.</summary>
public sealed class CovaUtcDateConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
        && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null; // an unreadable timestamp should not fail the whole page; the record simply has none

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } at)
        {
            writer.WriteStringValue(at);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
