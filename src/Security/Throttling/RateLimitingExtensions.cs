using Microsoft.Extensions.Options;

namespace Portal.Security.Throttling;

public static class RateLimitingExtensions
{
    public static WebApplicationBuilder AddPortalRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.Section));
        builder.Services.AddSingleton<IActionThrottle, ActionThrottle>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<IOptions<RateLimitOptions>>((limiter, limits) => HttpRateLimits.Configure(limiter, limits.Value));
        return builder;
    }

    /// <summary>Reads a sign-in form asynchronously (the limiter's partition key needs the account), then limits.</summary>
    public static IApplicationBuilder UsePortalRateLimiting(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpRateLimits.IsSignInPost(context) && context.Request.HasFormContentType)
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            await next(context);
        });
        return app.UseRateLimiter();
    }
}
