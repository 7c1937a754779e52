using Portal.Features.Connections;
using Portal.Security;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Profile;

/// <summary>A source record the user may act on: its connection, the vendor's client and the page's reader/writer.</summary>
public sealed record SourceAccess(ResolvedConnection Connection, IVendorClient Client, IProfileSource Source);

/// <summary>
/// Resolves a SourceRef to its connection, client and source, only when the connection is enabled and belongs to a
/// dealership the user may see; anything else (a tampered ref included) reads as "no such record".
/// </summary>
public sealed class ProfileSourceAccess(ConnectionCatalog connections, IVendorClientFactory clients, IEnumerable<IProfileSource> sources)
{
    private readonly Dictionary<VendorKind, IProfileSource> _sources = sources.ToDictionary(s => s.Vendor);

    public IProfileSource? SourceOf(VendorKind vendor) => _sources.GetValueOrDefault(vendor);

    public async Task<SourceAccess?> GetAsync(UserContext user, SourceRef source, CancellationToken ct)
    {
        if (!_sources.TryGetValue(source.Vendor, out var reader)
            || await connections.GetAsync(source.ConnectionId, ct) is not { Enabled: true } connection
            || connection.Connection.Vendor != source.Vendor || !user.CanSeeDealership(connection.DealershipId))
        {
            return null;
        }
        return new SourceAccess(connection, clients.Create(connection.Connection), reader);
    }
}
