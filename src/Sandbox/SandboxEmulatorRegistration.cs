namespace Portal.Sandbox;

internal static class SandboxEmulatorRegistration
{
    /// <summary>Registers an emulator and its store (one instance, also warmed up in the background at start).</summary>
    internal static IServiceCollection AddEmulator<TEmulator, TStore>(this IServiceCollection services)
        where TEmulator : class, ISandboxEmulator
        where TStore : class, ISandboxWarmUp
    {
        services.AddSingleton<TStore>();
        services.AddSingleton<ISandboxWarmUp>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<ISandboxEmulator, TEmulator>();
        return services;
    }
}
