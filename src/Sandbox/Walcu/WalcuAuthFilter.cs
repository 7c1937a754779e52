using System.Security.Cryptography;
using System.Text;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// Walcu's credential check (the document shows no scheme; we chose a bearer API key): a missing or wrong key, or
/// one the fault settings expired, is a 401; a dealer_id the key does not open is a 403.
/// </summary>
internal sealed class WalcuAuthFilter : IEndpointFilter
{
    private static readonly byte[] Expected = Encoding.UTF8.GetBytes(WalcuSandbox.ApiKey);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        if (FaultInjectionFilter.CredentialsExpired(http))
        {
            return Unauthorized(http, "token_expired", "The API key has expired.");
        }
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[7..].Trim()), Expected))
        {
            return Unauthorized(http, "unauthorized", "Missing or invalid API key (Authorization: Bearer <key>).");
        }
        if (http.Request.RouteValues["dealer_id"]?.ToString() != WalcuSandbox.DealerId)
        {
            return new WalcuApiError(StatusCodes.Status403Forbidden, "forbidden", "The API key has no access to this dealer.").ToResult();
        }
        return await next(invocation);
    }

    private static IResult Unauthorized(HttpContext http, string code, string message)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer realm=\"walcu\"";
        return new WalcuApiError(StatusCodes.Status401Unauthorized, code, message).ToResult();
    }
}
