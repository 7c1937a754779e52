namespace Portal.Vendors.Walcu;

public static class WalcuVendorExtensions
{
    /// <summary>Registers the Walcu CRM client with the vendor client factory.</summary>
    public static IServiceCollection AddWalcuClient(this IServiceCollection services) =>
        services.AddSingleton(new VendorClientRegistration(VendorKind.Walcu, typeof(IWalcuClient),
            (http, connection, _) => new WalcuClient(http, connection)));
}
