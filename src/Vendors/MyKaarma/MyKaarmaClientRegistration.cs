namespace Portal.Vendors.MyKaarma;

public static class MyKaarmaClientRegistration
{
    /// <summary>Registers the myKaarma client with the vendor client factory.</summary>
    public static IServiceCollection AddMyKaarmaClient(this IServiceCollection services) =>
        services.AddSingleton(new VendorClientRegistration(VendorKind.MyKaarma, typeof(IMyKaarmaClient),
            (http, connection, _) => new MyKaarmaClient(http, connection)));
}
