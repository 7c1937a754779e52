namespace Portal.Sandbox.MyKaarma;

/// <summary>myKaarma's answers: everything in the errors/warnings envelope, 204 with no body (HTTP forbids one).</summary>
internal static class MkAnswers
{
    public const int BadCredentials = 1001;
    public const int DepartmentNotAuthorised = 1002;
    public const int CredentialsExpired = 1003;
    public const int InvalidDepartment = 2001;
    public const int InvalidId = 2002;
    public const int InvalidReview = 2003;
    public const int NotAwaitingApproval = 2004;
    public const int ReviewerNotAuthorised = 2005;
    public const int IdempotencyKey = 2006;
    public const int InvalidQuery = 2008;
    public const int FileNotFound = 4040;
    public const int Internal = 5000;
    public const int ItemsScheduled = 3001;

    public static IResult Error(int status, int code, string title, string message) =>
        Results.Json(new MkEnvelope([new MkWireError(code, title, null, message)], []), MkJson.Options, statusCode: status);

    public static IResult BadRequest(int code, string title, string message) => Error(StatusCodes.Status400BadRequest, code, title, message);

    public static IResult Unauthorized(HttpContext http, int code, string title, string message)
    {
        http.Response.Headers.WWWAuthenticate = "Basic realm=\"myKaarma\"";
        return Error(StatusCodes.Status401Unauthorized, code, title, message);
    }

    public static IResult Ok<T>(T body) => Results.Json(body, MkJson.Options);

    /// <summary>No data for that token. The document gives 204 an envelope, but a 204 cannot carry a body.</summary>
    public static IResult NoContent() => Results.NoContent();

    /// <summary>Where vault files of this request's department are served (absolute, as myKaarma's fileUrl values are).</summary>
    public static string FileBase(HttpContext http) =>
        $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{SandboxEndpoints.Prefix}/{MyKaarmaSandbox.Vendor}/"
        + $"{MyKaarmaSandbox.DepartmentPath.Replace("{departmentUuid}", MyKaarmaSandbox.DepartmentUuid, StringComparison.Ordinal)}/vault/file/";
}
