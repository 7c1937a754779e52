namespace Portal.Vendors.Cova;

public static class CovaClientRegistration
{
    /// <summary>Registers the Cova client and the token cache its connections share (one token per connection).</summary>
    public static IServiceCollection AddCovaClient(this IServiceCollection services)
    {
        services.AddSingleton<CovaTokenCache>();
        return services.AddSingleton(new VendorClientRegistration(VendorKind.Cova, typeof(ICovaClient),
            (http, connection, sp) => new CovaClient(http, connection, sp.GetRequiredService<CovaTokenCache>())));
    }
}
