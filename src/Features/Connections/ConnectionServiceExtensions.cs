using Portal.Hosting;

namespace Portal.Features.Connections;

public static class ConnectionServiceExtensions
{
    public static IServiceCollection AddVendorConnections(this IServiceCollection services)
    {
        services.AddSingleton<ConnectionSecretSealer>();
        services.AddSingleton<SelfAddress>();
        services.AddSingleton<ConnectionCatalog>();
        services.AddScoped<IStartupStep, ConfiguredConnectionsStep>();
        return services;
    }
}
