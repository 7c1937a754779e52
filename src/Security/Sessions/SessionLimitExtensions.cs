using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Portal.Security.Sessions;

public static class SessionLimitExtensions
{
    public static WebApplicationBuilder AddPortalSessionLimits(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<SessionLimits>(builder.Configuration.GetSection("Security"));
        services.AddScoped<CircuitActivity>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitActivityHandler>());
        // A security-stamp refresh builds a new principal: keep the original sign-in time, or the absolute limit resets.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.FindFirst(SessionLimits.SignedInAtClaim) is { } signedIn
                && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity
                && !identity.HasClaim(c => c.Type == SessionLimits.SignedInAtClaim))
            {
                identity.AddClaim(new System.Security.Claims.Claim(signedIn.Type, signedIn.Value, signedIn.ValueType));
            }
            return Task.CompletedTask;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IOptions<SessionLimits>>((cookie, limits) => Apply(cookie, limits.Value));
        return builder;
    }

    private static void Apply(CookieAuthenticationOptions cookie, SessionLimits limits)
    {
        cookie.ExpireTimeSpan = limits.Idle;
        cookie.SlidingExpiration = true;
        var signingIn = cookie.Events.OnSigningIn;
        cookie.Events.OnSigningIn = async context =>
        {
            if (context.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity
                && !identity.HasClaim(c => c.Type == SessionLimits.SignedInAtClaim))
            {
                identity.AddClaim(SessionLimits.SignedInAt(TimeProviderOf(context.HttpContext).GetUtcNow()));
            }
            await signingIn(context);
        };
        var validating = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnValidatePrincipal = async context =>
        {
            if (context.Principal is { } principal && limits.IsExpired(principal, TimeProviderOf(context.HttpContext).GetUtcNow()))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await validating(context);
        };
    }

    private static TimeProvider TimeProviderOf(HttpContext context) =>
        context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
}
