namespace Portal.Vendors;

/// <summary>Gives the typed client for a connection; every connection shares one resilient HttpClient setup.</summary>
public interface IVendorClientFactory
{
    /// <summary>The vendor's client for this connection, e.g. <c>Create&lt;IWalcuClient&gt;(connection)</c>.</summary>
    TClient Create<TClient>(VendorConnection connection) where TClient : class, IVendorClient;

    /// <summary>The client for this connection as the common interface (whatever its vendor).</summary>
    IVendorClient Create(VendorConnection connection);
}

internal sealed class VendorClientFactory(
    IHttpClientFactory httpClients, IEnumerable<VendorClientRegistration> registrations, IServiceProvider services) : IVendorClientFactory
{
    public const string HttpClientName = "vendors";

    private readonly Dictionary<VendorKind, VendorClientRegistration> _byVendor = registrations.ToDictionary(r => r.Vendor);

    public TClient Create<TClient>(VendorConnection connection) where TClient : class, IVendorClient =>
        Create(connection) as TClient
            ?? throw new InvalidOperationException($"{connection} is not a {typeof(TClient).Name} connection.");

    public IVendorClient Create(VendorConnection connection)
    {
        if (!_byVendor.TryGetValue(connection.Vendor, out var registration))
        {
            throw new InvalidOperationException($"No client is registered for {connection.Vendor.DisplayName()}.");
        }
        return registration.Create(httpClients.CreateClient(HttpClientName), connection, services);
    }
}
