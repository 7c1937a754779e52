using Portal.Features.Orders.Sources;
using Portal.Security;

namespace Portal.Features.Orders;

public static class OrdersServiceExtensions
{
    /// <summary>The orders page, the customer page's orders section and the CSV export.</summary>
    public static WebApplicationBuilder AddOrders(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<OrdersOptions>(builder.Configuration.GetSection(OrdersOptions.Section));
        builder.Services.AddScoped<OrderSourcePlanner>();
        builder.Services.AddScoped<OrderCustomerNames>();
        builder.Services.AddScoped<OrdersService>();
        builder.Services.AddScoped<ICustomerOrders, CustomerOrdersService>();
        return builder;
    }

    public static IEndpointRouteBuilder MapOrdersEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/orders/export", OrdersExportEndpoint.HandleAsync).RequireAuthorization(PortalPolicies.Orders);
        return app;
    }
}
