using Portal.Data.Leases;

namespace Portal.Features.DataRequests;

public static class DataRequestServiceExtensions
{
    /// <summary>The data-requests queue: poller, durable decision sender, page services (DataRequests settings).</summary>
    public static WebApplicationBuilder AddDataRequests(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<DataRequestOptions>(builder.Configuration.GetSection(DataRequestOptions.Section));
        services.AddSingleton<DataRequestStore>();
        services.AddSingleton<DataRequestPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<DataRequestPoller>());
        services.AddSingleton<DecisionSubmitter>();
        services.AddSingleton<DecisionSender>();
        services.AddHostedService(sp => sp.GetRequiredService<DecisionSender>());
        services.AddStandingLease(DataRequestLeases.PollSchedule);
        services.AddStandingLease(DataRequestLeases.Sender);
        services.AddScoped<DataRequestQueueService>();
        services.AddScoped<DataRequestItemService>();
        services.AddScoped<DecisionService>();
        return builder;
    }

    public static IEndpointRouteBuilder MapDataRequestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(DataRequestDocumentEndpoint.Route, DataRequestDocumentEndpoint.HandleAsync).RequireAuthorization(Security.PortalPolicies.DataRequests);
        return app;
    }
}
