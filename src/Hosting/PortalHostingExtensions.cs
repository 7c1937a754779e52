using Microsoft.AspNetCore.Components.Server.Circuits;
using Portal.Components;
using Portal.Data;
using Portal.Features.Account;
using Portal.Features.Home;
using Portal.Hosting.KeyRing;
using Portal.Sandbox;
using Portal.Security;
using Portal.Security.Throttling;
using Radzen;

namespace Portal.Hosting;

public static class PortalHostingExtensions
{
    /// <summary>Logging, the UI (Blazor Server, Radzen), start-up steps and the services of the portal's own pages.</summary>
    public static WebApplicationBuilder AddPortalHosting(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.IncludeScopes = true;
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        // At Debug, the hub and circuit dispatchers log the arguments of UI events: what people type, credentials and
        // customer data included. Raising "Default" to Debug for troubleshooting must not turn that on.
        builder.Logging.AddFilter("Microsoft.AspNetCore.SignalR", LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Components.Server", LogLevel.Information);
        var services = builder.Services;
        // Circuits:DisconnectedCircuitRetentionPeriod (default 3 min): how long a dropped circuit waits for its browser.
        services.AddRazorComponents().AddInteractiveServerComponents(o => builder.Configuration.GetSection("Circuits").Bind(o));
        services.AddRadzenComponents();
        services.AddScoped<CircuitCorrelation>();
        services.AddScoped<CircuitHandler, CorrelationCircuitHandler>();

        // Key ring beside the database (or in it): it protects the sign-in cookie and connection secrets.
        builder.AddPortalKeyRing();
        builder.AddPortalSignalRScaleOut();

        // Start-up runs first: migrations, then steps in this order.
        services.AddHostedService<PortalInitializer>();
        services.AddScoped<IStartupStep, BootstrapAdminStep>();
        services.AddScoped<IStartupStep, SandboxDemoAccountsStep>();
        services.AddSingleton<SandboxDemoAccounts>();

        services.AddScoped<SignInService>();
        services.AddScoped<HomeService>();
        return builder;
    }

    /// <summary>The request pipeline and endpoints.</summary>
    public static WebApplication UsePortal(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseCorrelationId();
        app.UseSecurityHeaders(app.Configuration);
        // Vendor emulators answer with their vendor's own error bodies; the portal's status pages are not theirs.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments(SandboxEndpoints.Prefix),
            b => b.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseAuthentication();
        app.UsePortalRateLimiting();
        app.UsePasswordChangeGate();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapAccountEndpoints();
        if (app.SandboxEnabled())
        {
            app.MapSandbox();
        }
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
