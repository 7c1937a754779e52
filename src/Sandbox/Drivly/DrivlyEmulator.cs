using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Drivly;

/// <summary>
/// Drivly commerce API (drivly-commerce-customers-versions.txt, a Payload CMS collection) under
/// /sandbox/drivly/api/: GET customers/versions, and Payload's GET customers, GET customers/{id}, PATCH customers/{id}.
/// </summary>
internal sealed class DrivlyEmulator(DrivlyStore store) : ISandboxEmulator
{
    public string Vendor => DrivlySandbox.Vendor;

    public void Map(RouteGroupBuilder group)
    {
        var api = group.MapGroup("/api").AddEndpointFilter(async (context, next) =>
            Authorized(context.HttpContext) ? await next(context) : DrivlyErrors.Unauthorized());

        api.MapGet("/customers", (HttpRequest request) => List(request, DrivlyCustomerRow.IsKnownPath, "-createdAt", parsed =>
            DrivlyTimeOrder.TryPage(store, parsed, i => DrivlyRender.Customer(store, i, parsed.Depth))
            ?? DrivlyStaticOrder.TryCustomers(store, parsed, i => DrivlyRender.Customer(store, i, parsed.Depth))
            ?? DrivlyListing.Page(
                Candidates(parsed, t => DrivlyCustomerRow.Narrow(store, t)).Select(i => (IDrivlyRow)new DrivlyCustomerRow(store, i)),
                parsed, row => DrivlyRender.Customer(store, row.Index, parsed.Depth))));
        api.MapGet("/customers/versions", (HttpRequest request) => List(request, DrivlyVersionRow.IsKnownPath, "-updatedAt", parsed =>
            DrivlyStaticOrder.TryVersions(store, parsed, v => DrivlyRender.Version(store, v, parsed.Depth))
            ?? DrivlyListing.Page(
                Candidates(parsed, t => DrivlyVersionRow.Narrow(store, t)).SelectMany(i => DrivlyVersionRow.Of(store, i)),
                parsed, row => DrivlyRender.Version(store, ((DrivlyVersionRow)row).Entry, parsed.Depth))));
        api.MapGet("/customers/{id:long}", (long id, HttpRequest request) =>
            Index(id) is { } index && DrivlyRender.Customer(store, index, DrivlyListRequest.DepthOf(request.Query)) is { } doc
                ? Results.Json(doc)
                : DrivlyErrors.NotFound());
        api.MapPatch("/customers/{id:long}", PatchAsync);
    }

    public SandboxEmulatorInfo Describe(Uri baseUrl) => new(
        Vendor,
        baseUrl.ToString().TrimEnd('/') + "/api/",
        new Dictionary<string, string> { ["apiKey"] = DrivlySandbox.ApiKey, ["header"] = "Authorization: <apiKey>" },
        new Dictionary<string, string> { ["tenant"] = DrivlySandbox.TenantId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        [
            "GET customers/versions?where[...]&sort=-updatedAt&limit=10&page=1&depth=0",
            "GET customers?where[...]&sort&limit&page&depth", "GET customers/{id}?depth", "PATCH customers/{id} (adds a version)",
        ],
        [
            "where: Payload's bracket syntax (where[or][0][customerId][equals]=...) or one JSON object (where={...}).",
            "Operators: equals, not_equals, greater_than(_equal), less_than(_equal), in, not_in, all, like, contains, exists.",
            "Version docs carry Payload's id and parent (the document's example omits them); where[parent][equals]={customer id}.",
            "Default sort: customers -createdAt, versions -updatedAt; default limit 10 (max 1000); default depth 2.",
            "At depth >= 1 the address relationship is populated ({id, line1, line2, city, state, zip, country}); others stay ids.",
            "PATCH answers {doc, message}; a field of the wrong type is a 400 ValidationError; unknown fields are ignored.",
        ]);

    private IResult List(HttpRequest request, Func<string, bool> isKnownPath, string defaultSort, Func<DrivlyListRequest, DrivlyResult> page)
    {
        var (parsed, error) = DrivlyListRequest.Parse(request.Query, isKnownPath, defaultSort);
        return parsed is null ? DrivlyErrors.BadRequest(error ?? "Bad request.") : Results.Json(DrivlyRender.Page(page(parsed), parsed));
    }

    private IEnumerable<int> Candidates(DrivlyListRequest request, Func<DrivlyCondition.FieldTest, DrivlyCandidates?> rule) =>
        DrivlyCandidates.Of(request.Where, rule).Enumerate(store);

    private async Task<IResult> PatchAsync(long id, HttpRequest request)
    {
        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body is null)
        {
            return DrivlyErrors.BadRequest("The request body must be a JSON object.");
        }
        var changes = new JsonObject();
        var problems = new List<(string, string)>();
        foreach (var (name, value) in body)
        {
            if (!DrivlySchema.Fields.ContainsKey(name) || DrivlySchema.IsManaged(name))
            {
                continue; // Payload drops fields the collection does not have, and manages id and timestamps itself
            }
            if (DrivlySchema.Check(name, value) is { } problem)
            {
                problems.Add((name, problem));
            }
            changes[name] = value?.DeepClone();
        }
        if (problems.Count > 0)
        {
            return DrivlyErrors.Invalid(problems);
        }
        if (Index(id) is not { } index || store.Patch(index, changes) is not { } doc)
        {
            return DrivlyErrors.NotFound();
        }
        var depth = DrivlyListRequest.DepthOf(request.Query);
        return Results.Json(new JsonObject { ["doc"] = DrivlyRender.Populate(store.Population, index, doc, depth), ["message"] = "Updated successfully." });
    }

    private int? Index(long id) => id is > 0 and <= int.MaxValue && store.Exists((int)id - 1) ? (int)id - 1 : null;

    /// <summary>As documented: the Authorization header is the API key itself.</summary>
    private static bool Authorized(HttpContext http) =>
        !FaultInjectionFilter.CredentialsExpired(http)
        && string.Equals(http.Request.Headers.Authorization.ToString().Trim(), DrivlySandbox.ApiKey, StringComparison.Ordinal);
}
