using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Vendors.Http;

namespace Portal.Vendors.Walcu;

/// <summary>Reads Walcu's error body, {"status":409,"code":"conflict","message":"..."}, tolerating anything else.</summary>
internal static class WalcuErrorBody
{
    public static VendorError Read(HttpStatusCode status, string body)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject error)
            {
                return new VendorError(Text(error["message"]) ?? Text(error["error"]) ?? status.ToString(), Text(error["code"]));
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, an empty body): fall back to the status.
        }
        return new VendorError(status.ToString());
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
