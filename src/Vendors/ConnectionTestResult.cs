namespace Portal.Vendors;

/// <summary>The result of a connection test: the cheapest real call to the vendor.</summary>
public sealed record ConnectionTestResult(bool Succeeded, TimeSpan Latency, string Message, VendorFailureKind? Failure = null)
{
    public static ConnectionTestResult From(VendorApiException ex, TimeSpan latency) => new(false, latency, ex.VendorMessage, ex.Kind);
}
