using System.Net;
using System.Text.Json;
using Portal.Vendors.Http;

namespace Portal.Vendors.Cova;

/// <summary>
/// Reads Cova's errors: ASP.NET Web API's <c>{"Message", "MessageDetail"}</c>, OData's <c>{"odata.error": ...}</c>, or
/// anything else (then the HTTP status speaks).
/// </summary>
internal static class CovaErrorReader
{
    public static VendorError Read(HttpStatusCode status, string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var message = Text(root, "Message") ?? Text(root, "message");
                var detail = Text(root, "MessageDetail");
                if (message is not null)
                {
                    return new VendorError(detail is null ? message : $"{message} {detail}");
                }
                if (root.TryGetProperty("odata.error", out var odata) && odata.ValueKind == JsonValueKind.Object)
                {
                    var value = odata.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? Text(m, "value") : null;
                    return new VendorError(value ?? "Cova reported an error.", Text(odata, "code"));
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall through to the status.
        }
        return new VendorError($"{(int)status} {status}");
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
}
