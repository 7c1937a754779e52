using System.Net;
using System.Text.Json;
using Portal.Vendors.Http;

namespace Portal.Vendors.MyKaarma;

/// <summary>Reads myKaarma's errors envelope (first error wins); tolerates bodies that are empty or not JSON.</summary>
internal static class MyKaarmaErrorReader
{
    public static VendorError Read(HttpStatusCode status, string body)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<MyKaarmaEnvelope>(body, VendorJson.Options);
            if (envelope?.Errors is [var first, ..])
            {
                return Describe(first);
            }
        }
        catch (JsonException)
        {
            // Not the envelope (a proxy page, a truncated body): fall back to the status.
        }
        return new VendorError($"{(int)status} {status}");
    }

    public static VendorError Describe(MyKaarmaError error)
    {
        var parts = new[] { error.ErrorTitle, error.ErrorMessage ?? error.ErrorDescription }
            .Where(p => !string.IsNullOrWhiteSpace(p));
        var message = string.Join(": ", parts);
        return new VendorError(message.Length > 0 ? message : "myKaarma reported an error.", error.ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
