using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Portal.IntegrationTests.Vendors;
using Portal.Sandbox.Drivly;

namespace Portal.IntegrationTests.Sandbox.Drivly;

/// <summary>The emulator against drivly-commerce-customers-versions.txt: the example payload field by field, where, sort and paging.</summary>
public sealed class DrivlyContractTests(VendorTestPortal portal) : IClassFixture<VendorTestPortal>
{
    private static readonly string[] Statuses = ["LEAD", "PROSPECT", "APPLICATION", "APPROVED", "SOLD", "LOST"];

    private async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string pathAndQuery, JsonNode? body = null, string? key = DrivlySandbox.ApiKey)
    {
        await portal.Sandbox.ClearFaultsAsync(DrivlySandbox.Vendor);
        using var request = new HttpRequestMessage(method, "sandbox/drivly/api/" + pathAndQuery);
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", key);
        }
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        using var response = await portal.Sandbox.Raw.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static IReadOnlyList<string>? Enums(string path, string example) => example switch
    {
        "SOLD" => Statuses,
        "Dealer" => ["Dealer", "Fleet", "Partner"],
        _ => null,
    };

    /// <summary>Differences from the example, minus the fields Payload adds that the example leaves out (documented).</summary>
    private static List<string> Drift(JsonNode? example, JsonNode? actual, params string[] documentedAdditions) =>
        JsonShape.Differences(example, actual, Enums)
            .Where(d => !documentedAdditions.Any(a => d.EndsWith($".{a}: not in the document", StringComparison.Ordinal)))
            .ToList();

    [Fact]
    public async Task GetVersions_Answer_HasTheDocExampleShapeFieldByField()
    {
        // Suffixes are rare among 200 people: give one customer a suffix so its type is checked too.
        await SendAsync(HttpMethod.Patch, "customers/" + (await SendAsync(HttpMethod.Get, "customers?depth=0&limit=1")).Body?["docs"]?[0]?["id"], new JsonObject { ["consumerSuffix"] = "Jr." });
        var (status, body) = await SendAsync(HttpMethod.Get, "customers/versions?depth=0&limit=1000");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(Drift(DocFixtures.Json("drivly", "customers-versions.json"), body, "id", "parent"));
        // A fleet customer fills every field, so each documented type is seen at least once with a value.
        var example = DocFixtures.Json("drivly", "customers-versions.json")["docs"]?[0]?["version"]?.AsObject() ?? [];
        var versions = body?["docs"]?.AsArray().Select(d => d?["version"]).ToList() ?? [];
        Assert.All(example, field => Assert.Contains(versions, v => v?[field.Key] is not null));
    }

    [Fact]
    public async Task GetCustomers_Docs_AreTheVersionFieldsWithPayloadIdAndTimestamps()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "customers?depth=0&limit=50");
        var example = DocFixtures.Json("drivly", "customers-versions.json")["docs"]?[0]?["version"];

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(body?["docs"]?.AsArray() ?? [], doc => Assert.Empty(Drift(example, doc, "id", "createdAt", "updatedAt")));
        Assert.Equal(10, (await SendAsync(HttpMethod.Get, "customers")).Body?["docs"]?.AsArray().Count); // Payload's default limit
    }

    [Fact]
    public async Task GetCustomer_Depth_PopulatesTheAddressOnlyFromOne()
    {
        var (_, list) = await SendAsync(HttpMethod.Get, "customers?depth=0&limit=1");
        var id = list?["docs"]?[0]?["id"];

        var (_, flat) = await SendAsync(HttpMethod.Get, $"customers/{id}?depth=0");
        var (_, deep) = await SendAsync(HttpMethod.Get, $"customers/{id}");

        Assert.IsAssignableFrom<JsonValue>(flat?["address"]);
        Assert.NotNull(deep?["address"]?["city"]);
        Assert.IsAssignableFrom<JsonValue>(deep?["leads"]?[0]);
    }

    [Fact]
    public async Task GetVersions_WhereOrOnCustomerId_BracketAndJsonFormsAgree()
    {
        var (_, list) = await SendAsync(HttpMethod.Get, "customers?depth=0&limit=2&sort=id");
        var (a, b) = (Text(list?["docs"]?[0], "customerId"), Text(list?["docs"]?[1], "customerId"));
        var json = Uri.EscapeDataString($$$"""{"or":[{"customerId":{"equals":"{{{a}}}"}},{"customerId":{"equals":"{{{b}}}"}}]}""");

        var (_, bracket) = await SendAsync(HttpMethod.Get, $"customers/versions?depth=0&limit=100&where[or][0][customerId][equals]={a}&where[or][1][customerId][equals]={b}");
        var (_, asJson) = await SendAsync(HttpMethod.Get, $"customers/versions?depth=0&limit=100&where={json}");

        var owners = bracket?["docs"]?.AsArray().Select(d => Text(d?["version"], "customerId")).Distinct().Order().ToList();
        Assert.Equal(new[] { a, b }.Order(), owners);
        Assert.True(JsonNode.DeepEquals(bracket, asJson));
        var times = bracket?["docs"]?.AsArray().Select(d => Text(d, "updatedAt")).ToList() ?? [];
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times); // versions default to -updatedAt
    }

    [Fact]
    public async Task GetCustomers_UpdatedAtRangeSortedPaged_SlicesOfOneOrder()
    {
        const string where = "where[and][0][updatedAt][greater_than_equal]=2025-03-01T00:00:00.000Z&where[and][1][updatedAt][less_than]=2026-09-01T00:00:00.000Z";

        var (_, whole) = await SendAsync(HttpMethod.Get, $"customers?depth=0&limit=1000&sort=updatedAt&{where}");
        var (_, page2) = await SendAsync(HttpMethod.Get, $"customers?depth=0&limit=5&page=2&sort=updatedAt&{where}");
        var (_, last) = await SendAsync(HttpMethod.Get, $"customers?depth=0&limit=5&page=9999&sort=-updatedAt&{where}");

        var times = whole?["docs"]?.AsArray().Select(d => Text(d, "updatedAt") ?? "").ToList() ?? [];
        var total = times.Count;
        Assert.Equal(times.Order(StringComparer.Ordinal), times);
        Assert.All(times, t => Assert.InRange(t, "2025-03-01T00:00:00.000Z", "2026-08-31T23:59:59.999Z"));
        Assert.Equal(whole?["docs"]?.AsArray().Skip(5).Take(5).Select(d => d?["id"]?.ToJsonString()), page2?["docs"]?.AsArray().Select(d => d?["id"]?.ToJsonString()));
        Assert.Equal((total, 5, (total + 4) / 5, 2, 6L), (Number(page2, "totalDocs"), Number(page2, "limit"), Number(page2, "totalPages"), Number(page2, "page"), (long)Number(page2, "pagingCounter")));
        Assert.Equal((true, true, 1, 3), (Bool(page2, "hasPrevPage"), Bool(page2, "hasNextPage"), Number(page2, "prevPage"), Number(page2, "nextPage")));
        Assert.Equal((0, false, (JsonNode?)null), (last?["docs"]?.AsArray().Count, Bool(last, "hasNextPage"), last?["nextPage"]));
    }

    [Fact]
    public async Task PatchCustomer_AddsAVersionAndMovesUpdatedAt()
    {
        var (_, list) = await SendAsync(HttpMethod.Get, "customers?depth=0&limit=1&page=3&sort=id");
        var before = list?["docs"]?[0] ?? throw new InvalidOperationException();
        var versions = $"customers/versions?depth=0&where[parent][equals]={before["id"]}";
        var count = Number((await SendAsync(HttpMethod.Get, versions)).Body, "totalDocs");

        var (status, patched) = await SendAsync(HttpMethod.Patch, $"customers/{before["id"]}?depth=0", new JsonObject { ["phone"] = "+12125550199", ["bogus"] = 1 });
        var (_, after) = await SendAsync(HttpMethod.Get, versions);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Updated successfully.", Text(patched, "message"));
        Assert.Equal("+12125550199", Text(patched?["doc"], "phone"));
        Assert.True(string.CompareOrdinal(Text(patched?["doc"], "updatedAt"), Text(before, "updatedAt")) > 0);
        Assert.Null(patched?["doc"]?["bogus"]);
        Assert.Equal(count + 1, Number(after, "totalDocs"));
        Assert.Equal(Text(patched?["doc"], "updatedAt"), Text(after?["docs"]?[0], "updatedAt"));
        Assert.Equal("+12125550199", Text(after?["docs"]?[0]?["version"], "phone"));
    }

    [Fact]
    public async Task PatchCustomer_InvalidValue_400ValidationError()
    {
        var (status, body) = await SendAsync(HttpMethod.Patch, "customers/1", new JsonObject { ["email"] = "not-an-email", ["consumerIncome"] = "lots" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ValidationError", Text(body?["errors"]?[0], "name"));
        Assert.Equal("The following fields are invalid: email, consumerIncome", Text(body?["errors"]?[0], "message"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer " + DrivlySandbox.ApiKey)]
    [InlineData("wrong")]
    public async Task AnyCall_KeyNotExactlyTheHeader_401InPayloadShape(string? header)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "customers/versions", key: header);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("""{"errors":[{"message":"You are not allowed to perform this action."}]}""", body?.ToJsonString());
    }

    [Fact]
    public async Task Errors_UnknownCustomerOrPath_PayloadShape()
    {
        var (missing, notFound) = await SendAsync(HttpMethod.Get, "customers/999999");
        var (bad, badPath) = await SendAsync(HttpMethod.Get, "customers?where[color][equals]=mint");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (missing, bad));
        Assert.Equal("""{"errors":[{"message":"Not Found"}]}""", notFound?.ToJsonString());
        Assert.Equal("The following path cannot be queried: color", Text(badPath?["errors"]?[0], "message"));
    }

    private static string? Text(JsonNode? node, string field) => node?[field]?.GetValue<string>();

    private static int Number(JsonNode? node, string field) => node?[field]?.GetValue<int>() ?? -1;

    private static bool? Bool(JsonNode? node, string field) => node?[field]?.GetValue<bool>();
}
