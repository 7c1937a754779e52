using Microsoft.Extensions.Options;

namespace Portal.Sandbox;

public static class SandboxServiceExtensions
{
    /// <summary>Registers the sandbox's options, fault registry and every vendor emulator.</summary>
    public static IServiceCollection AddSandbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SandboxOptions>(configuration.GetSection(SandboxOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SandboxOptions>>().Value);
        services.AddSingleton<FaultRegistry>();
        services.AddSingleton<SandboxRequestLog>();
        SandboxEmulators.Register(services);
        return services;
    }
}
