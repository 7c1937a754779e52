using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Portal.IntegrationTests.Vendors;
using Portal.Sandbox;
using Portal.Sandbox.Guardant;

namespace Portal.IntegrationTests.Sandbox.Guardant;

/// <summary>The emulator against guardant-customers-orders.txt: every example payload, field by field, and the documented behaviour.</summary>
public sealed class GuardantContractTests(VendorTestPortal portal) : IClassFixture<VendorTestPortal>
{
    private async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, JsonNode? body = null, string? key = GuardantSandbox.ApiKey)
    {
        await portal.Sandbox.ClearFaultsAsync(GuardantSandbox.Vendor);
        using var request = new HttpRequestMessage(method, "sandbox/guardant/v1.0/" + path);
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        }
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        using var response = await portal.Sandbox.Raw.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static void SameShape(string exampleFile, JsonNode? actual) =>
        Assert.Empty(JsonShape.Differences(DocFixtures.Json("guardant", exampleFile), actual));

    [Fact]
    public async Task GetCustomers_Answer_HasTheDocExampleShape()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "customers?limit=25");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(25, body?["customers"]?.AsArray().Count);
        SameShape("customers-list.json", body);
        Assert.All(body?["customers"]?.AsArray() ?? [], c => Assert.Contains(c?["status"]?.GetValue<int>(), new int?[] { 0, 1 }));
    }

    [Fact]
    public async Task GetCustomer_Answer_HasTheDocExampleShape()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "customers?offset=4&limit=1");
        var id = body?["customers"]?[0]?["_id"]?.GetValue<long>();

        var (getStatus, customer) = await SendAsync(HttpMethod.Get, $"customers/{id}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (status, getStatus));
        SameShape("customer-get.json", customer);
        Assert.True(JsonNode.DeepEquals(body?["customers"]?[0], customer?["customer"]));
    }

    [Fact]
    public async Task PostCustomer_DocExampleBodyWithLeadingSpace_CreatesWithTheDocResponseShape()
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "customers", DocFixtures.Json("guardant", "customer-post-request.json"));

        Assert.Equal(HttpStatusCode.OK, status);
        SameShape("customer-post-response.json", body);
        // The document's own response says "PostMan": we return what was sent, " customerName" included.
        Assert.Equal("My first name", body?["customer"]?["name"]?.GetValue<string>());
        var expected = DocFixtures.Json("guardant", "customer-post-response.json")["customer"]?.DeepClone().AsObject() ?? [];
        expected["_id"] = body?["customer"]?["_id"]?.DeepClone();
        expected["name"] = "My first name";
        Assert.True(JsonNode.DeepEquals(expected, body?["customer"]), body?.ToJsonString());
    }

    [Fact]
    public async Task PutCustomer_DocExampleBody_AnswersTheDocResponse()
    {
        var (_, created) = await SendAsync(HttpMethod.Post, "customers", new JsonObject { ["customerName"] = "Someone" });
        var id = created?["customer"]?["_id"]?.GetValue<long>();

        var (status, body) = await SendAsync(HttpMethod.Put, $"customers/{id}", DocFixtures.Json("guardant", "customer-put-request.json"));

        Assert.Equal(HttpStatusCode.OK, status);
        var expected = DocFixtures.Json("guardant", "customer-put-response.json")["customer"]?.DeepClone().AsObject() ?? [];
        expected["_id"] = id;
        Assert.True(JsonNode.DeepEquals(expected, body?["customer"]), body?.ToJsonString());
    }

    [Fact]
    public async Task PutCustomer_FieldLeftOut_IsBlanked()
    {
        var (_, list) = await SendAsync(HttpMethod.Get, "customers?type=company&limit=1");
        var before = list?["customers"]?[0] ?? throw new InvalidOperationException();

        var (status, body) = await SendAsync(HttpMethod.Put, $"customers/{before["_id"]}", new JsonObject { ["customerEmail"] = "only.email@example.com" });
        var (_, reread) = await SendAsync(HttpMethod.Get, $"customers/{before["_id"]}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual("", before["name"]?.GetValue<string>());
        var after = reread?["customer"];
        Assert.Equal(("only.email@example.com", "", "", ""), (Text(after, "email"), Text(after, "name"), Text(after, "companyname"), Text(after, "phone")));
        Assert.True(JsonNode.DeepEquals(body?["customer"], after));
    }

    [Fact]
    public async Task GetOrders_Answer_HasTheDocExampleShapeAndEveryStatus()
    {
        var statuses = new HashSet<int>();
        var (_, list) = await SendAsync(HttpMethod.Get, "customers?limit=60");
        foreach (var id in list?["customers"]?.AsArray().Select(c => c?["_id"]?.GetValue<long>()) ?? [])
        {
            var (status, body) = await SendAsync(HttpMethod.Get, $"customers/{id}/orders");
            Assert.Equal(HttpStatusCode.OK, status);
            SameShape("orders-list.json", body);
            statuses.UnionWith(body?["orders"]?.AsArray().Select(o => o?["status"]?.GetValue<int>() ?? -1) ?? []);
        }

        Assert.Equal([0, 1, 2], statuses.Order());
    }

    [Fact]
    public async Task GetOrders_StatusSortAndPaging_AsDocumented()
    {
        var id = await CustomerWithOrdersAsync(minimum: 3);

        var (_, all) = await SendAsync(HttpMethod.Get, $"customers/{id}/orders?sortby=submitdate&direction=desc");
        var (_, firstTwo) = await SendAsync(HttpMethod.Get, $"customers/{id}/orders?sortby=submitdate&direction=desc&limit=2");
        var (_, rest) = await SendAsync(HttpMethod.Get, $"customers/{id}/orders?sortby=submitdate&direction=desc&offset=2");
        var (_, drafts) = await SendAsync(HttpMethod.Get, $"customers/{id}/orders?status=0,1");

        var dates = Values(all, "orders", "submitdate");
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal(Values(all, "orders", "_id"), Values(firstTwo, "orders", "_id").Concat(Values(rest, "orders", "_id")));
        Assert.All(Values(drafts, "orders", "status"), s => Assert.InRange(s, 0, 1));
        var (_, byNumber) = await SendAsync(HttpMethod.Get, $"customers/{id}/orders");
        Assert.Equal(Values(byNumber, "orders", "number").Order(), Values(byNumber, "orders", "number"));
    }

    [Fact]
    public async Task GetCustomers_SortsFiltersAndOffsets_AsDocumented()
    {
        var (_, byName) = await SendAsync(HttpMethod.Get, "customers?sortby=name&limit=1000");
        var (_, page2) = await SendAsync(HttpMethod.Get, "customers?sortby=name&offset=10&limit=10");
        var (_, companies) = await SendAsync(HttpMethod.Get, "customers?type=company&limit=1000");
        var (_, persons) = await SendAsync(HttpMethod.Get, "customers?type=person&limit=1000");
        var (_, everyone) = await SendAsync(HttpMethod.Get, "customers?type=robots&limit=1000");
        var (_, archived) = await SendAsync(HttpMethod.Get, "customers?archived=true&limit=1000");

        var names = byName?["customers"]?.AsArray().Select(c => Text(c, "lastname")).ToList() ?? [];
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.Equal(Values(byName, "customers", "_id").Skip(10).Take(10), Values(page2, "customers", "_id"));
        Assert.All(companies?["customers"]?.AsArray() ?? [], c => Assert.NotEqual("", Text(c, "companyname")));
        Assert.All(persons?["customers"]?.AsArray() ?? [], c => Assert.Equal("", Text(c, "companyname")));
        Assert.Equal(Values(everyone, "customers", "_id").Count, Values(companies, "customers", "_id").Count + Values(persons, "customers", "_id").Count);
        Assert.All(archived?["customers"]?.AsArray() ?? [], c => Assert.True(c?["archived"]?.GetValue<bool>()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task AnyCall_MissingOrWrongKey_401WithTheErrorShape(string? key)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "customers", key: key);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("unauthorized", Text(body, "error"));
    }

    [Fact]
    public async Task AnyCall_CredentialsExpiredFault_401()
    {
        await portal.Sandbox.ClearFaultsAsync(GuardantSandbox.Vendor);
        await portal.Sandbox.SetFaultsAsync(GuardantSandbox.Vendor, new FaultSettings { ExpireCredentials = true, Count = 1 });
        using var request = new HttpRequestMessage(HttpMethod.Get, "sandbox/guardant/v1.0/customers");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + GuardantSandbox.ApiKey);

        using var response = await portal.Sandbox.Raw.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthorized", (await response.Content.ReadFromJsonAsync<JsonObject>())?["error"]?.GetValue<string>());
    }

    [Fact]
    public async Task DeleteCustomer_Then_GetAndOrdersAre404()
    {
        var id = await CustomerWithOrdersAsync(minimum: 1);

        var (deleted, _) = await SendAsync(HttpMethod.Delete, $"customers/{id}");
        var (get, body) = await SendAsync(HttpMethod.Get, $"customers/{id}");
        var (orders, _) = await SendAsync(HttpMethod.Get, $"customers/{id}/orders");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (deleted, get, orders));
        Assert.Equal("not_found", Text(body, "error"));
    }

    [Theory]
    [InlineData("customers?limit=0")]
    [InlineData("customers?sortby=age")]
    [InlineData("customers?direction=up")]
    [InlineData("customers/1/orders?status=0,7")]
    public async Task GetList_BadParameter_400WithTheErrorShape(string path)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_request", Text(body, "error"));
    }

    private async Task<long> CustomerWithOrdersAsync(int minimum)
    {
        var (_, list) = await SendAsync(HttpMethod.Get, "customers?sortby=company&limit=200");
        foreach (var id in Values(list, "customers", "_id"))
        {
            var (_, orders) = await SendAsync(HttpMethod.Get, $"customers/{id}/orders");
            if (orders?["orders"]?.AsArray().Count >= minimum)
            {
                return id;
            }
        }
        throw new InvalidOperationException($"No customer has {minimum} orders.");
    }

    private static List<long> Values(JsonNode? body, string list, string field) =>
        body?[list]?.AsArray().Select(o => o?[field]?.GetValue<long>() ?? -1).ToList() ?? [];

    private static string? Text(JsonNode? node, string field) => node?[field]?.GetValue<string>();
}
