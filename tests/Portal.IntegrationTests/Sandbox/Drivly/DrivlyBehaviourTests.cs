using System.Net;
using System.Text.Json.Nodes;
using Portal.IntegrationTests.Vendors;
using Portal.Sandbox.Drivly;

namespace Portal.IntegrationTests.Sandbox.Drivly;

/// <summary>The emulator's documented behaviour: where (both forms), sort, paging fields, PATCH versions, errors and auth.</summary>
public sealed class DrivlyBehaviourTests(VendorTestPortal portal) : IClassFixture<VendorTestPortal>
{
    private readonly DrivlyRaw _raw = new(portal);

    [Fact]
    public async Task GetVersions_WhereOrOnCustomerId_BracketAndJsonFormsAgree()
    {
        var (_, list) = await _raw.SendAsync(HttpMethod.Get, "customers?depth=0&limit=2&sort=id");
        var (a, b) = (DrivlyRaw.Text(list?["docs"]?[0], "customerId"), DrivlyRaw.Text(list?["docs"]?[1], "customerId"));
        var json = Uri.EscapeDataString($$$"""{"or":[{"customerId":{"equals":"{{{a}}}"}},{"customerId":{"equals":"{{{b}}}"}}]}""");

        var (_, bracket) = await _raw.SendAsync(HttpMethod.Get, $"customers/versions?depth=0&limit=100&where[or][0][customerId][equals]={a}&where[or][1][customerId][equals]={b}");
        var (_, asJson) = await _raw.SendAsync(HttpMethod.Get, $"customers/versions?depth=0&limit=100&where={json}");

        var owners = bracket?["docs"]?.AsArray().Select(d => DrivlyRaw.Text(d?["version"], "customerId")).Distinct().Order().ToList();
        Assert.Equal(new[] { a, b }.Order(), owners);
        Assert.True(JsonNode.DeepEquals(bracket, asJson));
        var times = bracket?["docs"]?.AsArray().Select(d => DrivlyRaw.Text(d, "updatedAt")).ToList() ?? [];
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times); // versions default to -updatedAt
    }

    [Fact]
    public async Task GetCustomers_UpdatedAtRangeSortedPaged_SlicesOfOneOrder()
    {
        const string where = "where[and][0][updatedAt][greater_than_equal]=2025-03-01T00:00:00.000Z&where[and][1][updatedAt][less_than]=2026-09-01T00:00:00.000Z";

        var (_, whole) = await _raw.SendAsync(HttpMethod.Get, $"customers?depth=0&limit=1000&sort=updatedAt&{where}");
        var (_, page2) = await _raw.SendAsync(HttpMethod.Get, $"customers?depth=0&limit=5&page=2&sort=updatedAt&{where}");
        var (_, last) = await _raw.SendAsync(HttpMethod.Get, $"customers?depth=0&limit=5&page=9999&sort=-updatedAt&{where}");

        var times = whole?["docs"]?.AsArray().Select(d => DrivlyRaw.Text(d, "updatedAt") ?? "").ToList() ?? [];
        var total = times.Count;
        Assert.Equal(times.Order(StringComparer.Ordinal), times);
        Assert.All(times, t => Assert.InRange(t, "2025-03-01T00:00:00.000Z", "2026-08-31T23:59:59.999Z"));
        Assert.Equal(whole?["docs"]?.AsArray().Skip(5).Take(5).Select(d => d?["id"]?.ToJsonString()), page2?["docs"]?.AsArray().Select(d => d?["id"]?.ToJsonString()));
        Assert.Equal((total, 5, (total + 4) / 5, 2, 6L), (DrivlyRaw.Number(page2, "totalDocs"), DrivlyRaw.Number(page2, "limit"), DrivlyRaw.Number(page2, "totalPages"), DrivlyRaw.Number(page2, "page"), (long)DrivlyRaw.Number(page2, "pagingCounter")));
        Assert.Equal((true, true, 1, 3), (DrivlyRaw.Bool(page2, "hasPrevPage"), DrivlyRaw.Bool(page2, "hasNextPage"), DrivlyRaw.Number(page2, "prevPage"), DrivlyRaw.Number(page2, "nextPage")));
        Assert.Equal((0, false, (JsonNode?)null), (last?["docs"]?.AsArray().Count, DrivlyRaw.Bool(last, "hasNextPage"), last?["nextPage"]));
    }

    [Fact]
    public async Task PatchCustomer_AddsAVersionAndMovesUpdatedAt()
    {
        var (_, list) = await _raw.SendAsync(HttpMethod.Get, "customers?depth=0&limit=1&page=3&sort=id");
        var before = list?["docs"]?[0] ?? throw new InvalidOperationException();
        var versions = $"customers/versions?depth=0&where[parent][equals]={before["id"]}";
        var count = DrivlyRaw.Number((await _raw.SendAsync(HttpMethod.Get, versions)).Body, "totalDocs");

        var (status, patched) = await _raw.SendAsync(HttpMethod.Patch, $"customers/{before["id"]}?depth=0", new JsonObject { ["phone"] = "+12125550199", ["bogus"] = 1 });
        var (_, after) = await _raw.SendAsync(HttpMethod.Get, versions);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Updated successfully.", DrivlyRaw.Text(patched, "message"));
        Assert.Equal("+12125550199", DrivlyRaw.Text(patched?["doc"], "phone"));
        Assert.True(string.CompareOrdinal(DrivlyRaw.Text(patched?["doc"], "updatedAt"), DrivlyRaw.Text(before, "updatedAt")) > 0);
        Assert.Null(patched?["doc"]?["bogus"]);
        Assert.Equal(count + 1, DrivlyRaw.Number(after, "totalDocs"));
        Assert.Equal(DrivlyRaw.Text(patched?["doc"], "updatedAt"), DrivlyRaw.Text(after?["docs"]?[0], "updatedAt"));
        Assert.Equal("+12125550199", DrivlyRaw.Text(after?["docs"]?[0]?["version"], "phone"));
    }

    [Fact]
    public async Task PatchCustomer_InvalidValue_400ValidationError()
    {
        var (status, body) = await _raw.SendAsync(HttpMethod.Patch, "customers/1", new JsonObject { ["email"] = "not-an-email", ["consumerIncome"] = "lots" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ValidationError", DrivlyRaw.Text(body?["errors"]?[0], "name"));
        Assert.Equal("The following fields are invalid: email, consumerIncome", DrivlyRaw.Text(body?["errors"]?[0], "message"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer " + DrivlySandbox.ApiKey)]
    [InlineData("wrong")]
    public async Task AnyCall_KeyNotExactlyTheHeader_401InPayloadShape(string? header)
    {
        var (status, body) = await _raw.SendWithAsync(header, HttpMethod.Get, "customers/versions");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("""{"errors":[{"message":"You are not allowed to perform this action."}]}""", body?.ToJsonString());
    }

    [Fact]
    public async Task Errors_UnknownCustomerOrPath_PayloadShape()
    {
        var (missing, notFound) = await _raw.SendAsync(HttpMethod.Get, "customers/999999");
        var (bad, badPath) = await _raw.SendAsync(HttpMethod.Get, "customers?where[color][equals]=mint");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (missing, bad));
        Assert.Equal("""{"errors":[{"message":"Not Found"}]}""", notFound?.ToJsonString());
        Assert.Equal("The following path cannot be queried: color", DrivlyRaw.Text(badPath?["errors"]?[0], "message"));
    }
}
