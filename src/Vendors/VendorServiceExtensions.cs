using Portal.Vendors.Resilience;

namespace Portal.Vendors;

public static class VendorServiceExtensions
{
    /// <summary>The vendor clients, their shared HttpClient with per-connection resilience, and validated options.</summary>
    public static IServiceCollection AddVendorClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<VendorResilienceOptions>()
            .Bind(configuration.GetSection(VendorResilienceOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.TotalTimeout >= o.AttemptTimeout, "Vendors:Resilience:TotalTimeout must be at least AttemptTimeout.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ConnectionPipelines>();
        services.AddTransient<VendorResilienceHandler>();
        services.AddHttpClient(VendorClientFactory.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(5),
                AutomaticDecompression = System.Net.DecompressionMethods.All,
            })
            .AddHttpMessageHandler<VendorResilienceHandler>();
        services.AddSingleton<IVendorClientFactory, VendorClientFactory>();
        VendorClients.Register(services);
        return services;
    }
}
