using System.Security.Cryptography;
using System.Text;

namespace Portal.Sandbox.Cova;

/// <summary>
/// Cova: an OAuth2 password-grant token call and GET crm/v1/Companies({CompanyId})/CustomerFull (the delta feed), with
/// bearer tokens that expire. Errors in ASP.NET Web API's {"Message"} shape; token errors in RFC 6749's. Every
/// assumption: docs/vendor-assumptions/cova.md.
/// </summary>
internal sealed class CovaEmulator(CovaStore store, CovaTokens tokens) : ISandboxEmulator
{
    public string Vendor => CovaSandbox.Vendor;

    public void Map(RouteGroupBuilder group)
    {
        group.MapPost(CovaSandbox.TokenPath, IssueToken);
        group.MapGet(CovaSandbox.CustomerFullPath, CustomerFull);
        CovaControls.Map(group.MapGroup(CovaSandbox.ControlPath), store, tokens);
    }

    public SandboxEmulatorInfo Describe(Uri baseUrl) => new(Vendor, baseUrl + "/crm/",
        new Dictionary<string, string>
        {
            ["tokenUrl"] = baseUrl + "/" + CovaSandbox.TokenPath,
            ["grant_type"] = "password",
            ["client_id"] = CovaSandbox.ClientId,
            ["client_secret"] = CovaSandbox.ClientSecret,
            ["username"] = CovaSandbox.Username,
            ["password"] = CovaSandbox.Password,
        },
        new Dictionary<string, string> { ["CompanyId"] = CovaSandbox.CompanyId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        [
            $"POST {CovaSandbox.TokenPath} (form: grant_type=password, client_id, client_secret, username, password; expires_in {tokens.LifetimeSeconds} s)",
            $"GET {CovaSandbox.CustomerFullPath}?$filter=LastModifiedDateUtc ge datetime'2019-01-01T00:00:00z'[&$orderby=LastModifiedDateUtc&$top=&$skip=]",
            .. CovaControls.Endpoints,
        ],
        [
            "The token path and its answer follow RFC 6749; the document does not show them.",
            "$top/$skip/$orderby=LastModifiedDateUtc paging is ours (without them the whole delta comes back).",
            "Merged duplicates list just before their survivor with the same LastModifiedDateUtc.",
        ]);

    private async Task<IResult> IssueToken(HttpContext http, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "Send the token request as application/x-www-form-urlencoded.");
        }
        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (form["grant_type"] != "password")
        {
            return OAuthError(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Only the password grant is supported.");
        }
        if (!Same(form["client_id"], CovaSandbox.ClientId) || !Same(form["client_secret"], CovaSandbox.ClientSecret))
        {
            return OAuthError(StatusCodes.Status401Unauthorized, "invalid_client", "Unknown client or wrong client secret.");
        }
        if (FaultInjectionFilter.CredentialsExpired(http) || !Same(form["username"], CovaSandbox.Username) || !Same(form["password"], CovaSandbox.Password))
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_grant", "The user name or password is incorrect.");
        }
        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(new CovaWireToken(tokens.Issue(), "bearer", tokens.LifetimeSeconds), CovaJson.Options);
    }

    private IResult CustomerFull(HttpContext http, string companyId)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        if (FaultInjectionFilter.CredentialsExpired(http) || !tokens.IsValid(token))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return Error(StatusCodes.Status401Unauthorized, "Authorization has been denied for this request.");
        }
        if (!int.TryParse(companyId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var company))
        {
            return Error(StatusCodes.Status400BadRequest, "The request is invalid.", $"'{companyId}' is not a valid CompanyId.");
        }
        if (company != CovaSandbox.CompanyId)
        {
            return Error(StatusCodes.Status403Forbidden, "The user is not authorized for this company.");
        }
        var (query, problem) = CovaODataQuery.Parse(http.Request.Query);
        return query is null
            ? Error(StatusCodes.Status400BadRequest, "The query specified in the URI is not valid.", problem)
            : Results.Json(store.ModifiedSince(query.From, query.Skip, query.Top), CovaJson.Options);
    }

    public static IResult Error(int status, string message, string? detail = null) =>
        Results.Json(new CovaWireError(message, detail), CovaJson.Options, statusCode: status);

    private static IResult OAuthError(int status, string error, string description) =>
        Results.Json(new CovaWireOAuthError(error, description), CovaJson.Options, statusCode: status);

    private static bool Same(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
