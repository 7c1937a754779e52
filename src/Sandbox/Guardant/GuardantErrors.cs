namespace Portal.Sandbox.Guardant;

/// <summary>
/// The error shape we chose for Guardant (the document shows none): <c>{"error": "code", "message": "text"}</c>
/// with the matching HTTP status.
/// </summary>
internal static class GuardantErrors
{
    public static IResult Unauthorized(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Error(StatusCodes.Status401Unauthorized, "unauthorized", "Authorization is required: a valid API key as a Bearer token.");
    }

    public static IResult NotFound(long id) => Error(StatusCodes.Status404NotFound, "not_found", $"Customer {id} was not found.");

    public static IResult Invalid(string message) => Error(StatusCodes.Status400BadRequest, "invalid_request", message);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = code, message }, statusCode: status);
}
