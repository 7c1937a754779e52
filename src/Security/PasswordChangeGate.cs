using Microsoft.AspNetCore.Authorization;

namespace Portal.Security;

/// <summary>Marks an endpoint or page that a user who must change their password may still use.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowedBeforePasswordChangeAttribute : Attribute;

/// <summary>
/// Keeps a user whose account carries a temporary password on the change-password page: pages redirect there,
/// anything else (circuits, posts, APIs) is refused. Services refuse such users too (see <see cref="CurrentUser"/>).
/// </summary>
public static class PasswordChangeGate
{
    public const string ChangePasswordPath = "/account/change-password";

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var isHub = context.Request.Path.StartsWithSegments("/_blazor");
        if (!context.User.HasClaim(PortalClaims.MustChangePassword, "true") || (!isHub && IsAllowed(context.GetEndpoint())))
        {
            await next();
            return;
        }
        if (HttpMethods.IsGet(context.Request.Method) && !isHub)
        {
            var returnUrl = context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{ChangePasswordPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
    });

    private static bool IsAllowed(Endpoint? endpoint) =>
        endpoint is null
        || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
        || endpoint.Metadata.GetMetadata<AllowedBeforePasswordChangeAttribute>() is not null;
}
