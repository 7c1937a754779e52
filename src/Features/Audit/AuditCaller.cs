using System.Security.Claims;
using Portal.Hosting;
using Portal.Security;

namespace Portal.Features.Audit;

/// <summary>Where an action came from: the actor, and the request's or circuit's correlation id, address and agent.</summary>
internal sealed record AuditOrigin(AuditActor Actor, string? CorrelationId, string? ClientAddress, string? UserAgent);

/// <summary>A circuit's connection details, captured when it opened (the only moment HttpContext is reliable there).</summary>
internal sealed record AuditConnection(string CorrelationId, string? ClientAddress, string? UserAgent);

/// <summary>
/// Describes the caller of the current scope. In an interactive circuit the user comes from
/// <see cref="ICurrentUser"/> and the connection from <see cref="AuditCircuitHandler"/>; in an HTTP request (pages
/// rendered on the server, endpoints, middleware) from HttpContext, where the authentication state provider is not
/// set; with neither (hosted jobs) the actor is the system.
/// </summary>
internal sealed class AuditCaller(ICurrentUser currentUser, IHttpContextAccessor http)
{
    /// <summary>Set by <see cref="AuditCircuitHandler"/> when this scope is a circuit's.</summary>
    public AuditConnection? Circuit { get; set; }

    public async Task<AuditOrigin> DescribeAsync(AuditActor? given, CancellationToken cancellationToken)
    {
        if (Circuit is { } circuit)
        {
            var actor = given ?? FromUser(await currentUser.GetAsync(cancellationToken));
            return new AuditOrigin(actor, circuit.CorrelationId, circuit.ClientAddress, circuit.UserAgent);
        }
        if (http.HttpContext is { } context)
        {
            var correlation = context.Items[CorrelationId.Header] as string ?? context.TraceIdentifier;
            return new AuditOrigin(given ?? FromPrincipal(context.User), correlation, ClientAddress(context), UserAgent(context));
        }
        return new AuditOrigin(given ?? AuditActor.System, null, null, null);
    }

    public static string? ClientAddress(HttpContext? context) => context?.Connection.RemoteIpAddress?.ToString();

    public static string? UserAgent(HttpContext? context) =>
        context?.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null;

    public static AuditActor FromUser(UserContext user) => user.UserId is { } id
        ? new AuditActor(id, user.DisplayName, [.. user.Roles.Order(StringComparer.Ordinal)])
        : AuditActor.Anonymous;

    public static AuditActor FromPrincipal(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null || principal.Identity?.IsAuthenticated != true)
        {
            return AuditActor.Anonymous;
        }
        var name = principal.FindFirstValue(PortalClaims.DisplayName) ?? principal.Identity.Name ?? id;
        return new AuditActor(id, name, [.. principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal)]);
    }
}
