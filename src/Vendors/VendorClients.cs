using Portal.Vendors.Cova;
using Portal.Vendors.MyKaarma;
using Portal.Vendors.Drivly;
using Portal.Vendors.Guardant;
using Portal.Vendors.Walcu;

namespace Portal.Vendors;

/// <summary>The list of vendor clients. Each vendor adds its one registration line here.</summary>
internal static class VendorClients
{
    public static void Register(IServiceCollection services)
    {
        services.AddMyKaarmaClient();
        services.AddCovaClient();
        services.AddDrivlyClient();
        services.AddGuardantClient();
        services.AddWalcuClient();
    }
}
