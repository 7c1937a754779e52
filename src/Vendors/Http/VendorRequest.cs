namespace Portal.Vendors.Http;

/// <summary>Request options that carry the connection through the handler chain.</summary>
public static class VendorRequest
{
    public static readonly HttpRequestOptionsKey<VendorConnection> Connection = new("portal.vendor-connection");

    public static bool IsSafe(HttpMethod method) => method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;
}
