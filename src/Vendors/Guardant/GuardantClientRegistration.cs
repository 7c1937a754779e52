namespace Portal.Vendors.Guardant;

public static class GuardantClientRegistration
{
    /// <summary>Makes <see cref="IGuardantClient"/> available from <see cref="IVendorClientFactory"/>.</summary>
    public static IServiceCollection AddGuardantClient(this IServiceCollection services) =>
        services.AddSingleton(new VendorClientRegistration(VendorKind.Guardant, typeof(IGuardantClient), (http, c, _) => new GuardantClient(http, c)));
}
