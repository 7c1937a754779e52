using Portal.Sandbox.Cova;
using Portal.Sandbox.MyKaarma;
using Portal.Sandbox.Drivly;
using Portal.Sandbox.Guardant;
using Portal.Sandbox.Walcu;

namespace Portal.Sandbox;

/// <summary>The list of emulators. Each vendor adds its one registration line here.</summary>
internal static class SandboxEmulators
{
    public static void Register(IServiceCollection services)
    {
        services.AddMyKaarmaSandbox();
        services.AddCovaSandbox();
        services.AddDrivlySandbox();
        services.AddGuardantSandbox();
        services.AddWalcuSandbox();
    }
}
