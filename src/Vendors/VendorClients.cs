namespace Portal.Vendors;

/// <summary>The list of vendor clients. Each vendor adds its one registration line here.</summary>
internal static class VendorClients
{
    public static void Register(IServiceCollection services)
    {
        _ = services;
    }
}
