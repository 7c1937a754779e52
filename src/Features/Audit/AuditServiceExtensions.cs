using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Data.Leases;
using Portal.Hosting;

namespace Portal.Features.Audit;

public static class AuditServiceExtensions
{
    /// <summary>The audit log: store, writer, recording from requests and circuits, denied access, retention, page services.</summary>
    public static WebApplicationBuilder AddAuditLog(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuditStore(builder.Configuration);
        services.AddHostedService<AuditRetentionService>();
        services.AddStandingLease(AuditRetentionService.Lease);
        services.AddHttpContextAccessor();
        services.AddScoped<AuditCaller>();
        services.AddScoped<CircuitHandler, AuditCircuitHandler>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddSingleton<AuthorizationMiddlewareResultHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddScoped<AuditQueryService>();
        services.AddScoped<AuditVerifyService>();
        return builder;
    }

    /// <summary>The part the command-line verbs need too: options, key files, the writer and the verifier.</summary>
    internal static IServiceCollection AddAuditStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuditOptions>(configuration.GetSection(AuditOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditKeyFiles>();
        services.AddSingleton<AuditChainAppender>();
        services.AddSingleton<AuditWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditWriter>());
        services.AddSingleton<AuditVerifier>();
        services.AddScoped<IStartupStep, AuditKeyStep>();
        return services;
    }

    /// <summary>The CSV export of the audit page's current filter.</summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/audit/export", AuditExportEndpoint.HandleAsync).RequireAuthorization(Security.PortalPolicies.AuditLog)
            .RequireRateLimiting(Security.Throttling.HttpRateLimits.ExportPolicy);
        return app;
    }
}
