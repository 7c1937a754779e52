using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Portal.Security.EntraId;

public static class EntraIdExtensions
{
    internal const string MetadataClient = "entra-metadata";

    /// <summary>
    /// Registers "Sign in with Microsoft" when <c>Authentication:EntraId</c> is configured: the framework's OAuth
    /// handler with PKCE and a nonce, signing in to Identity's external cookie, and the id token validator.
    /// </summary>
    public static WebApplicationBuilder AddPortalEntraId(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(EntraIdOptions.Section);
        builder.Services.AddOptions<EntraIdOptions>().Bind(section);
        // Checked here rather than on first use so that a typo in the role mapping stops the start.
        var entra = section.Get<EntraIdOptions>() ?? new EntraIdOptions();
        if (entra.Problems().FirstOrDefault() is { } problem)
        {
            throw new OptionsValidationException(EntraIdOptions.Section, typeof(EntraIdOptions), [problem]);
        }
        if (!entra.IsConfigured)
        {
            return builder;
        }
        builder.Services.AddHttpClient(MetadataClient);
        builder.Services.AddSingleton<EntraIdTokenValidator>();
        builder.Services.AddAuthentication().AddOAuth<OAuthOptions, EntraIdHandler>(EntraIdOptions.Scheme, EntraIdOptions.DisplayName, o =>
        {
            o.ClientId = entra.ClientId;
            o.ClientSecret = entra.ClientSecret;
            o.AuthorizationEndpoint = entra.AuthorizationEndpoint;
            o.TokenEndpoint = entra.TokenEndpoint;
            o.CallbackPath = "/signin-entra";
            o.UsePkce = true;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.Scope.Add("email");
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.SaveTokens = false;
            // The provider returns to us with a top-level GET, which Lax cookies survive; SameAsRequest keeps the
            // correlation cookie working on plain-HTTP loopback in tests while staying Secure behind HTTPS.
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }
}
