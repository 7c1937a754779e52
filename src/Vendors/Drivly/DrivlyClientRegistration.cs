namespace Portal.Vendors.Drivly;

public static class DrivlyClientRegistration
{
    /// <summary>Makes <see cref="IDrivlyClient"/> available from <see cref="IVendorClientFactory"/>.</summary>
    public static IServiceCollection AddDrivlyClient(this IServiceCollection services) =>
        services.AddSingleton(new VendorClientRegistration(VendorKind.Drivly, typeof(IDrivlyClient), (http, c, _) => new DrivlyClient(http, c)));
}
