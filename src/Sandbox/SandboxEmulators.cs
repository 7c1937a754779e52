namespace Portal.Sandbox;

/// <summary>The list of emulators. Each vendor adds its one registration line here.</summary>
internal static class SandboxEmulators
{
    public static void Register(IServiceCollection services)
    {
        _ = services;
    }
}
