using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Portal.Sandbox.Cova;

/// <summary>
/// The sandbox Cova account: the values of "Connections:SandboxCova" in appsettings.Development.json, shown in the
/// GET /sandbox index.
/// </summary>
public static class CovaSandbox
{
    public const string Vendor = "cova";
    public const int CompanyId = 240811;
    public const string ClientId = "cova-sandbox-client";
    public const string ClientSecret = "cova-sandbox-secret-9b1e";
    public const string Username = "sandbox@cova.example";
    public const string Password = "cova-sandbox-pass-2c8d";

    /// <summary>The token call's path (our choice: the document does not show it).</summary>
    public const string TokenPath = "oauth2/token";

    /// <summary>The document's call after its base URL https://api.covasoft.net/crm.</summary>
    public const string CustomerFullPath = "crm/v1/Companies({companyId})/CustomerFull";

    /// <summary>Sandbox-only controls (not part of the vendor API) live under this prefix.</summary>
    public const string ControlPath = "_sandbox";

    public static IServiceCollection AddCovaSandbox(this IServiceCollection services)
    {
        services.AddOptions<CovaSandboxOptions>().BindConfiguration(CovaSandboxOptions.Section)
            .Validate(o => o.TokenLifetimeSeconds > 0, "Sandbox:Cova:TokenLifetimeSeconds must be positive.");
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CovaSandboxOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CovaTokens>();
        services.AddSingleton<CovaStore>();
        services.AddSingleton<ISandboxEmulator, CovaEmulator>();
        return services;
    }
}

/// <summary>Sandbox Cova settings (section "Sandbox:Cova").</summary>
public sealed class CovaSandboxOptions
{
    public const string Section = "Sandbox:Cova";

    /// <summary>expires_in of issued tokens: 12 hours as the vendor FAQ says; tests shorten it.</summary>
    public int TokenLifetimeSeconds { get; set; } = 43200;
}
