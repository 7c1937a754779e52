using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Security;
using Portal.Vendors.Guardant;

namespace Portal.Features.Orders;

/// <summary>One field of a vendor's order record as the detail drawer lists it: its path and its value as text.</summary>
public sealed record OrderField(string Name, string Value);

/// <summary>
/// Every field of the vendor's record, flattened to paths ("invoices[0].jobs[0].price"), for the detail drawer.
/// Guardant dates are epoch seconds (0 = none) and Walcu dates ISO 8601: both show in the dealership's time zone.
/// </summary>
public static class OrderFields
{
    private static readonly HashSet<string> GuardantDates = new(StringComparer.Ordinal)
    {
        "date", "submitdate", "activationbirthdate", "activationdeathdate", "archivationdate",
    };

    public static IReadOnlyList<OrderField> Of(OrderRow row, CultureInfo? culture = null)
    {
        var fields = new List<OrderField>();
        Flatten(row.Raw, "", row.Kind == OrderSourceKind.GuardantOrder, row.TimeZone, culture ?? CultureInfo.CurrentCulture, fields);
        return fields;
    }

    private static void Flatten(JsonNode? node, string path, bool guardant, TimeZoneInfo zone, CultureInfo culture, List<OrderField> into)
    {
        switch (node)
        {
            case JsonObject { Count: 0 }:
            case JsonArray { Count: 0 }:
                into.Add(new OrderField(path, "(none)"));
                break;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Flatten(child, path.Length == 0 ? name : $"{path}.{name}", guardant, zone, culture, into);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten(array[i], $"{path}[{i}]", guardant, zone, culture, into);
                }
                break;
            default:
                var text = Text(node, path, guardant, zone, culture);
                // Guardant's activationbirthdate is a licence's start, not a person's birth date.
                into.Add(new OrderField(path, guardant && GuardantDates.Contains(path) ? text : Masked(path, text)));
                break;
        }
    }

    // PII is masked by default here as everywhere (e.g. the signer's email of a Walcu offer).
    private static string Masked(string path, string text)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        return name.Contains("email", StringComparison.OrdinalIgnoreCase) ? SensitiveValues.MaskEmail(text)
            : SensitiveValues.IsSensitiveField(name) ? SensitiveValues.Mask(text) ?? "" : text;
    }

    private static string Text(JsonNode? node, string path, bool guardant, TimeZoneInfo zone, CultureInfo culture)
    {
        if (node is not JsonValue value)
        {
            return "—";
        }
        if (guardant && GuardantDates.Contains(path) && value.TryGetValue<long>(out var seconds))
        {
            return GuardantMapper.Epoch(seconds) is { } date ? OrderDisplay.Date(date, zone, culture) : "none";
        }
        if (guardant && path == "status" && value.TryGetValue<int>(out var status))
        {
            return Enum.IsDefined((GuardantOrderStatus)status) ? $"{(GuardantOrderStatus)status} ({status})" : status.ToString(culture);
        }
        return value.GetValueKind() switch
        {
            JsonValueKind.String when value.TryGetValue<DateTimeOffset>(out var time) && value.GetValue<string>().Contains('T') =>
                OrderDisplay.Date(time, zone, culture),
            JsonValueKind.String => value.GetValue<string>() is { Length: > 0 } text ? text : "(empty)",
            JsonValueKind.Number when value.TryGetValue<decimal>(out var number) =>
                path.EndsWith("price", StringComparison.Ordinal) ? OrderDisplay.Amount(number, culture) : number.ToString(culture),
            JsonValueKind.True => "yes",
            JsonValueKind.False => "no",
            _ => value.ToJsonString(),
        };
    }
}
