using System.Security.Cryptography;
using System.Text;

namespace Portal.Sandbox.MyKaarma;

/// <summary>
/// The checks every myKaarma call passes: HTTP Basic credentials (401), then the department of the path (malformed
/// 400, not this account's 401). Unexpected failures become a 500 in the envelope.
/// </summary>
internal sealed class MkAuthorization(ILogger<MkAuthorization> logger) : IEndpointFilter
{
    private static readonly byte[] Expected = Encoding.UTF8.GetBytes($"{MyKaarmaSandbox.Username}:{MyKaarmaSandbox.Password}");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        if (Refuse(http) is { } refusal)
        {
            return refusal;
        }
        try
        {
            return await next(invocation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("myKaarma emulator failed: {Error}", ex.GetType().Name);
            return MkAnswers.Error(StatusCodes.Status500InternalServerError, MkAnswers.Internal, "INTERNAL_ERROR", "The request could not be processed.");
        }
    }

    private static IResult? Refuse(HttpContext http)
    {
        if (FaultInjectionFilter.CredentialsExpired(http))
        {
            return MkAnswers.Unauthorized(http, MkAnswers.CredentialsExpired, "CREDENTIALS_EXPIRED", "The API credentials have expired.");
        }
        if (!CredentialsMatch(http.Request.Headers.Authorization.ToString()))
        {
            return MkAnswers.Unauthorized(http, MkAnswers.BadCredentials, "UNAUTHORIZED", "Missing or invalid API credentials.");
        }
        var department = http.Request.RouteValues["departmentUuid"] as string;
        if (!Guid.TryParse(department, out var id))
        {
            return MkAnswers.BadRequest(MkAnswers.InvalidDepartment, "INVALID_DEPARTMENT_UUID", "departmentUuid is not a valid uuid.");
        }
        return id == Guid.Parse(MyKaarmaSandbox.DepartmentUuid)
            ? null
            : MkAnswers.Unauthorized(http, MkAnswers.DepartmentNotAuthorised, "DEPARTMENT_NOT_AUTHORIZED",
                "These credentials are not authorised for that department.");
    }

    private static bool CredentialsMatch(string header)
    {
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        Span<byte> decoded = stackalloc byte[256];
        return Convert.TryFromBase64String(header[6..].Trim(), decoded, out var length)
            && CryptographicOperations.FixedTimeEquals(decoded[..length], Expected);
    }
}
