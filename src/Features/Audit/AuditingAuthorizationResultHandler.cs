using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Portal.Features.Audit;

/// <summary>
/// Records every HTTP request that authorization refuses to a signed-in user (a page or endpoint their roles do not
/// open), then lets the default handler answer as usual. Anonymous challenges are not recorded: they are every
/// first visit, and the sign-in that follows is.
/// </summary>
internal sealed class AuditingAuthorizationResultHandler(AuthorizationMiddlewareResultHandler inner) : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var roles = policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).Distinct().Order();
            await context.RequestServices.GetRequiredService<IAuditLog>().RecordAsync(
                new AuditEvent(AuditActions.AccessDenied, AuditOutcome.Denied)
                {
                    Target = new AuditTarget(AuditTargetTypes.Page, context.Request.Path.Value ?? "/"),
                    Detail = $"{context.Request.Method} requires one of the roles: {string.Join(", ", roles)}",
                },
                context.RequestAborted);
        }
        await inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
