namespace Portal.Hosting;

/// <summary>
/// Security headers on every response, and the Blazor hub's refusal of foreign origins.
/// The CSP works with Blazor Server and Radzen without 'unsafe-eval': scripts only from the portal itself;
/// inline styles are allowed because Radzen components set style attributes.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var formAction = "'self'" + (configuration["Authentication:EntraId:Instance"] is { Length: > 0 } entra
            ? " " + new Uri(entra).GetLeftPart(UriPartial.Authority)
            : configuration["Authentication:EntraId:ClientId"] is { Length: > 0 } ? " https://login.microsoftonline.com" : "");
        var csp = string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            "form-action " + formAction);
        return app.Use(async (context, next) =>
        {
            if (IsForeignHubRequest(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = csp;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                // Pages and API answers may carry customer data: never cache them. Fingerprinted static assets may be.
                if (!IsStaticAsset(context.Request.Path))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }
                return Task.CompletedTask;
            });
            await next();
        });
    }

    /// <summary>A request to the Blazor hub (including its WebSocket upgrade) from a page of another origin.</summary>
    internal static bool IsForeignHubRequest(HttpRequest request)
    {
        if (!request.Path.StartsWithSegments("/_blazor"))
        {
            return false;
        }
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false; // not a browser cross-origin request
        }
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/_content") || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/css")
        || path.StartsWithSegments("/js") || path.Value?.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) == true;
}
