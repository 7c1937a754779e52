using System.Net;
using System.Text.Json;
using Portal.Vendors.Http;

namespace Portal.Vendors.Drivly;

/// <summary>Payload's error answer: {"errors":[{"message":"...","name":"ValidationError",...}]}.</summary>
internal static class DrivlyErrors
{
    public static VendorError Read(HttpStatusCode status, string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                var messages = errors.EnumerateArray()
                    .Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var m) ? m.GetString() : null)
                    .OfType<string>()
                    .ToList();
                var code = errors.EnumerateArray()
                    .Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("name", out var n) ? n.GetString() : null)
                    .FirstOrDefault(n => n is not null);
                if (messages.Count > 0)
                {
                    return new VendorError(string.Join(" ", messages), code);
                }
            }
        }
        catch (JsonException)
        {
            // Not Payload's shape (a proxy page, an empty body): the status says enough.
        }
        return new VendorError(status.ToString());
    }
}
