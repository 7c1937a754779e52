using System.Globalization;

namespace Portal.Vendors;

/// <summary>
/// Why a vendor call failed, in a few plain words fit for the page ("timed out", "credentials rejected"...). Never the
/// vendor's own error text: it is not the portal's to show, and a vendor may echo the query (a name, an email) in it.
/// </summary>
public static class VendorFailureReasons
{
    public static string Describe(VendorApiException e) => e.Kind switch
    {
        VendorFailureKind.Timeout => "timed out",
        VendorFailureKind.OutcomeUnknown => "no answer to the write (outcome unknown)",
        VendorFailureKind.Unauthorized => "credentials rejected",
        VendorFailureKind.Forbidden => "access refused",
        VendorFailureKind.RateLimited => $"rate limited, retry after {Wait(e.RetryAfter)}",
        VendorFailureKind.ServerError => e.StatusCode is { } status ? $"server error (HTTP {(int)status})" : "server error",
        VendorFailureKind.Malformed => "returned data the portal could not read",
        VendorFailureKind.Network => Dropped(e) ? "connection dropped" : "could not connect",
        VendorFailureKind.CircuitOpen => $"paused after repeated failures, retry after {Wait(e.RetryAfter)}",
        VendorFailureKind.NotFound => "not found",
        VendorFailureKind.Rejected => "refused the request",
        VendorFailureKind.Conflict => "changed meanwhile",
        VendorFailureKind.Configuration => "connection not configured",
        _ => e.Kind.ToString(),
    };

    /// <summary>"Walcu CRM: timed out": the vendor and the reason.</summary>
    public static string Named(VendorApiException e) => $"{e.Vendor.DisplayName()}: {Describe(e)}";

    /// <summary>"3 s", "2 min", or "a moment" when the vendor did not say.</summary>
    public static string Wait(TimeSpan? wait) => wait switch
    {
        null => "a moment",
        { TotalSeconds: < 1 } => "1 s",
        { TotalSeconds: < 120 } w => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(w.TotalSeconds):0} s"),
        { } w => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(w.TotalMinutes):0} min"),
    };

    // A connection that could not be opened at all is "could not connect"; one that broke while the answer was awaited
    // or read (the vendor closed or reset it) is "connection dropped".
    private static bool Dropped(VendorApiException e) => Innermost<HttpRequestException>(e) is not
        { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ProxyTunnelError or HttpRequestError.SecureConnectionError };

    private static T? Innermost<T>(Exception e) where T : Exception
    {
        T? found = null;
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            found = x as T ?? found;
        }
        return found;
    }
}
