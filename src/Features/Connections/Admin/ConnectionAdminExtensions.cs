namespace Portal.Features.Connections.Admin;

public static class ConnectionAdminExtensions
{
    /// <summary>The Connections admin page's services.</summary>
    public static IServiceCollection AddConnectionAdmin(this IServiceCollection services)
    {
        services.AddScoped<ConnectionAdminService>();
        services.AddScoped<ConnectionOperations>();
        services.AddScoped<ConnectionDependencies>();
        return services;
    }
}
