using Portal.Vendors.Cova;
using Portal.Vendors.MyKaarma;

namespace Portal.Vendors;

/// <summary>The list of vendor clients. Each vendor adds its one registration line here.</summary>
internal static class VendorClients
{
    public static void Register(IServiceCollection services)
    {
        services.AddMyKaarmaClient();
        services.AddCovaClient();
    }
}
