using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Security.EntraId;

namespace Portal.Features.Account;

public static class AccountFeatureExtensions
{
    /// <summary>Changing one's password and finishing "Sign in with Microsoft" (when Entra ID is configured).</summary>
    public static WebApplicationBuilder AddPortalAccount(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ChangePasswordService>();
        services.AddScoped<EntraSignInService>();
        services.AddScoped<EntraRoleSync>();
        services.AddScoped<EntraSignInEvents>();
        services.PostConfigure<OAuthOptions>(EntraIdOptions.Scheme, o => o.EventsType = typeof(EntraSignInEvents));
        return builder;
    }
}
