using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// Walcu CRM under /sandbox/walcu/dealers/{dealer_id}: clients, contacts, clientvehicles, cars, saleleads,
/// aftersaleleads, repairorders and offers, each with list, get, POST, PATCH (JSON Patch), PUT and DELETE.
/// </summary>
internal sealed class WalcuEmulator(WalcuStore store) : ISandboxEmulator
{
    public string Vendor => WalcuSandbox.Vendor;

    public void Map(RouteGroupBuilder group)
    {
        var dealer = group.MapGroup("/dealers/{dealer_id}").AddEndpointFilter<WalcuAuthFilter>();
        foreach (var c in WalcuCollection.All)
        {
            dealer.MapGet($"/{c.Name}", (HttpContext http) => Answer(() => List(c, http)));
            dealer.MapGet($"/{c.Name}/{{id}}", (string id) => Answer(() => Results.Json(store.Find(c, id) ?? throw WalcuApiError.NotFound(c.Singular, id))));
            dealer.MapPost($"/{c.Name}", async (HttpRequest r) => await AnswerAsync(r, body => Results.Json(store.Create(c, body), statusCode: 201)));
            dealer.MapPatch($"/{c.Name}/{{id}}", async (string id, HttpRequest r) => await AnswerAsync(r, body => Results.Json(store.Patch(c, id, body))));
            dealer.MapPut($"/{c.Name}/{{id}}", async (string id, HttpRequest r) => await AnswerAsync(r, body => Results.Json(store.Replace(c, id, body))));
            dealer.MapDelete($"/{c.Name}/{{id}}", (string id) => Answer(() =>
            {
                store.Delete(c, id);
                return Results.Json(new JsonObject { ["_id"] = id });
            }));
        }
    }

    public SandboxEmulatorInfo Describe(Uri baseUrl) => new(
        Vendor,
        baseUrl.ToString().TrimEnd('/') + "/",
        new Dictionary<string, string> { ["Authorization"] = "Bearer " + WalcuSandbox.ApiKey },
        new Dictionary<string, string> { ["dealer_id"] = WalcuSandbox.DealerId },
        WalcuCollection.All.Select(c => $"GET|POST dealers/{{dealer_id}}/{c.Name}; GET|PATCH|PUT|DELETE dealers/{{dealer_id}}/{c.Name}/{{id}}").ToList(),
        [
            "Auth: Authorization: Bearer <api key>; 401/403/404/409/422 bodies are {status, code, message}.",
            "Lists: q is a MongoDB query (JSON), search is free text, sort/project are Mongo field lists; limit 100 by default, 1000 at most; mapp-has-more header.",
            "PATCH: RFC 6902 JSON Patch on documented paths; a failed test op is 409 conflict; every write bumps __v and updated_at.",
            "GET one returns an object (the document renders an array); dates are ISO 8601 UTC with milliseconds.",
        ]);

    private IResult List(WalcuCollection collection, HttpContext http)
    {
        var (page, hasMore) = WalcuListRunner.Run(store, collection, WalcuListRequest.From(http.Request.Query));
        http.Response.Headers["mapp-has-more"] = hasMore ? "true" : "false";
        return Results.Json(page);
    }

    private static IResult Answer(Func<IResult> handle)
    {
        try
        {
            return handle();
        }
        catch (WalcuApiError error)
        {
            return error.ToResult();
        }
    }

    private static async Task<IResult> AnswerAsync(HttpRequest request, Func<JsonNode?, IResult> handle)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException ex)
        {
            return WalcuApiError.BadRequest("invalid_json", $"The body is not valid JSON: {ex.Message}").ToResult();
        }
        return Answer(() => handle(body));
    }
}
