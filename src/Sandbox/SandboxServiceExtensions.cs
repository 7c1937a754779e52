using Microsoft.Extensions.Options;
using Portal.Sandbox.People;

namespace Portal.Sandbox;

public static class SandboxServiceExtensions
{
    /// <summary>Registers the sandbox's options, fault registry, the generated population every emulator renders
    /// from, and every vendor emulator.</summary>
    public static IServiceCollection AddSandbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SandboxOptions>(configuration.GetSection(SandboxOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SandboxOptions>>().Value);
        services.AddSingleton<FaultRegistry>();
        services.AddSingleton<SandboxRequestLog>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<SandboxOptions>();
            return new SandboxPopulation(options.Seed, options.People);
        });
        services.AddHostedService<SandboxWarmUpService>();
        SandboxEmulators.Register(services);
        return services;
    }
}
