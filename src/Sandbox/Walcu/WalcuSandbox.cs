using Portal.Sandbox.People;

namespace Portal.Sandbox.Walcu;

/// <summary>The Walcu emulator's demo credentials and ids (the same as the SandboxWalcu connection in appsettings.Development.json).</summary>
public static class WalcuSandbox
{
    public const string Vendor = "walcu";

    /// <summary>Sent as <c>Authorization: Bearer &lt;key&gt;</c> (the document shows no scheme; see docs/vendor-assumptions/walcu.md).</summary>
    public const string ApiKey = "walcu-sandbox-key-5e21d0";

    /// <summary>The one dealer the key opens; any other dealer_id is a 403.</summary>
    public const string DealerId = "64f1c2a9e4b0a1b2c3d4e5f6";

    /// <summary>Registers the Walcu emulator and its in-memory store.</summary>
    public static IServiceCollection AddWalcuSandbox(this IServiceCollection services)
    {
        services.AddSingleton(sp => new WalcuWorld(sp.GetRequiredService<SandboxPopulation>()));
        services.AddSingleton<WalcuStore>();
        services.AddSingleton<ISandboxEmulator, WalcuEmulator>();
        return services;
    }
}
