using Portal.Features.Connections;
using Portal.Vendors;

namespace Portal.Hosting;

public static class VendorHostingExtensions
{
    /// <summary>Vendor clients with per-connection resilience, and the stored connections they are made for.</summary>
    public static WebApplicationBuilder AddPortalVendors(this WebApplicationBuilder builder)
    {
        builder.Services.AddVendorClients(builder.Configuration);
        builder.Services.AddVendorConnections();
        return builder;
    }
}
