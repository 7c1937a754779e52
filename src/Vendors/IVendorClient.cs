namespace Portal.Vendors;

/// <summary>What every vendor client offers, whatever the vendor.</summary>
public interface IVendorClient
{
    VendorConnection Connection { get; }

    /// <summary>The cheapest real call to the vendor: success, latency, and the vendor's error when it fails.</summary>
    Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken = default);
}

/// <summary>How one vendor's client is made for a connection; each vendor registers one.</summary>
public sealed record VendorClientRegistration(
    VendorKind Vendor,
    Type ClientInterface,
    Func<HttpClient, VendorConnection, IServiceProvider, IVendorClient> Create);
