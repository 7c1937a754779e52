using Portal.Vendors;

namespace Portal.Features.Orders;

/// <summary>A vendor failure in words fit for the page (never the request, credentials or customer data).</summary>
public static class OrderProblems
{
    public static string Describe(VendorApiException e) => e.Kind switch
    {
        VendorFailureKind.Timeout => "timed out",
        VendorFailureKind.Unauthorized or VendorFailureKind.Forbidden => "credentials refused",
        VendorFailureKind.RateLimited => "rate limited; try again shortly",
        VendorFailureKind.ServerError => "the vendor reported an error",
        VendorFailureKind.CircuitOpen => "paused after repeated failures",
        VendorFailureKind.Network => "unreachable",
        VendorFailureKind.Malformed => "unreadable answer",
        VendorFailureKind.Configuration => "the connection is not fully configured",
        _ => e.Kind.ToString(),
    };
}
