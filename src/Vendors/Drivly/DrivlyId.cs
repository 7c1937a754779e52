using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Vendors.Drivly;

/// <summary>
/// Reads a Payload id as text whether the database behind it gives numbers (Postgres: 123) or strings (MongoDB
/// ObjectIds), and a populated relationship (an object, at depth &gt; 0) by its "id".
/// </summary>
public sealed class DrivlyIdConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadOne(ref reader);

    internal static string? ReadOne(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var n) ? n.ToString(CultureInfo.InvariantCulture) : reader.GetDouble().ToString(CultureInfo.InvariantCulture);
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.StartObject:
                using (var doc = JsonDocument.ParseValue(ref reader))
                {
                    return doc.RootElement.TryGetProperty("id", out var id) ? id.ToString() : null;
                }
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => WriteOne(writer, value);

    internal static void WriteOne(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            writer.WriteNumberValue(n);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}

/// <summary>A has-many relationship (ids or populated objects) as a list of ids.</summary>
public sealed class DrivlyIdListConverter : JsonConverter<IReadOnlyList<string>?>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }
        var ids = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (DrivlyIdConverter.ReadOne(ref reader) is { } id)
            {
                ids.Add(id);
            }
        }
        return ids;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string>? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartArray();
        foreach (var id in value)
        {
            DrivlyIdConverter.WriteOne(writer, id);
        }
        writer.WriteEndArray();
    }
}
