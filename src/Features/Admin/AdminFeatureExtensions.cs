using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Features.Admin.Dealerships;
using Portal.Features.Admin.Users;
using Portal.Features.Connections.Admin;

namespace Portal.Features.Admin;

public static class AdminFeatureExtensions
{
    /// <summary>The admin pages' services: users, dealerships and connections.</summary>
    public static WebApplicationBuilder AddPortalAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AdminGuard>();
        builder.Services.AddScoped<UserAdminService>();
        builder.Services.AddScoped<UserAccountActions>();
        builder.Services.AddScoped<DealershipAdminService>();
        builder.Services.AddConnectionAdmin();
        return builder;
    }
}
