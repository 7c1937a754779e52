using System.Text.Json;

namespace Portal.Sandbox.Guardant;

/// <summary>
/// Guardant licence management Web API (guardant-customers-orders.txt) under /sandbox/guardant/v1.0/: customers
/// list, get, POST, PUT (replaces: fields left out are blanked), DELETE, and a customer's orders.
/// </summary>
internal sealed class GuardantEmulator(GuardantStore store) : ISandboxEmulator
{
    public string Vendor => GuardantSandbox.Vendor;

    public void Map(RouteGroupBuilder group)
    {
        var api = group.MapGroup("/v1.0").AddEndpointFilter(async (context, next) =>
            Authorized(context.HttpContext) ? await next(context) : GuardantErrors.Unauthorized(context.HttpContext));

        api.MapGet("/customers", (HttpRequest request) => GuardantQueryParser.Customers(request.Query) switch
        {
            ({ } list, _) => Results.Json(new { customers = GuardantListing.Page(store, list) }),
            (_, var error) => GuardantErrors.Invalid(error ?? ""),
        });
        api.MapGet("/customers/{id:long}", (long id) => store.Get(id) is { } customer
            ? Results.Json(new { customer })
            : GuardantErrors.NotFound(id));
        api.MapPost("/customers", async (HttpRequest request) => GuardantWriteFields.Parse(await BodyAsync(request)) switch
        {
            ({ } fields, _) => Results.Json(new { customer = store.Create(fields) }),
            (_, var error) => GuardantErrors.Invalid(error ?? ""),
        });
        api.MapPut("/customers/{id:long}", async (long id, HttpRequest request) => GuardantWriteFields.Parse(await BodyAsync(request)) switch
        {
            ({ } fields, _) => store.Replace(id, fields) is { } customer ? Results.Json(new { customer }) : GuardantErrors.NotFound(id),
            (_, var error) => GuardantErrors.Invalid(error ?? ""),
        });
        api.MapDelete("/customers/{id:long}", (long id) => store.Delete(id) ? Results.NoContent() : GuardantErrors.NotFound(id));
        api.MapGet("/customers/{id:long}/orders", (long id, HttpRequest request) =>
        {
            var (query, error) = GuardantQueryParser.Orders(request.Query);
            if (query is null)
            {
                return GuardantErrors.Invalid(error ?? "");
            }
            return store.Orders(id) is { } orders ? Results.Json(new { orders = query.Apply(orders) }) : GuardantErrors.NotFound(id);
        });
    }

    public SandboxEmulatorInfo Describe(Uri baseUrl) => new(
        Vendor,
        baseUrl.ToString().TrimEnd('/') + "/v1.0/",
        new Dictionary<string, string> { ["apiKey"] = GuardantSandbox.ApiKey, ["header"] = "Authorization: Bearer <apiKey>" },
        new Dictionary<string, string>(),
        [
            "GET customers?sortby=default|name|company&direction=asc|desc&offset=0&limit=100&type=company|person&archived=true|false",
            "GET customers/{id}", "POST customers", "PUT customers/{id}", "DELETE customers/{id}",
            "GET customers/{id}/orders?sortby=number|submitdate&direction&offset&limit&status=0,1",
        ],
        [
            "Auth (not documented): Authorization: Bearer <apiKey>; 401 otherwise.",
            "Errors (not documented): {\"error\": code, \"message\": text} with 400/401/404.",
            "Write bodies: property names are trimmed, so the document's \" customerName\" works; PUT blanks what it leaves out.",
            "DELETE answers 204; customers created here get ids after every generated one and have no orders.",
            "limit is 1..1000; customerStatus is 0 or 1.",
        ]);

    /// <summary>The JSON body, or an undefined element when it is missing or not JSON (then Parse says so).</summary>
    private static async Task<JsonElement> BodyAsync(HttpRequest request)
    {
        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static bool Authorized(HttpContext http)
    {
        if (FaultInjectionFilter.CredentialsExpired(http))
        {
            return false;
        }
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(header[scheme.Length..].Trim(), GuardantSandbox.ApiKey, StringComparison.Ordinal);
    }
}
