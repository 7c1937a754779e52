using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Features.Admin.Dealerships;
using Portal.Features.Admin.Users;

namespace Portal.Features.Admin;

public static class AdminFeatureExtensions
{
    /// <summary>The admin pages' services: users and dealerships.</summary>
    public static WebApplicationBuilder AddPortalAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AdminGuard>();
        builder.Services.AddScoped<UserAdminService>();
        builder.Services.AddScoped<UserAccountActions>();
        builder.Services.AddScoped<DealershipAdminService>();
        return builder;
    }
}
